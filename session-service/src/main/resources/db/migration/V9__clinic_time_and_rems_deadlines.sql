-- REMS deadlines: a dosed session not closed within a number of minutes of its dose start is overdue for REMS (and
-- raises an alert); the "~40 min" blood pressure of the REMS form is a reading inside a window after the dose start.
ALTER TABLE session_protocol
    ADD COLUMN rems_session_close_minutes  integer NOT NULL DEFAULT 360 CHECK (rems_session_close_minutes BETWEEN 60 AND 2880),
    ADD COLUMN rems_bp_window_from_minutes integer NOT NULL DEFAULT 30  CHECK (rems_bp_window_from_minutes BETWEEN 0 AND 240),
    ADD COLUMN rems_bp_window_to_minutes   integer NOT NULL DEFAULT 50  CHECK (rems_bp_window_to_minutes BETWEEN 0 AND 240);
ALTER TABLE session_protocol ADD CONSTRAINT session_protocol_rems_bp_window CHECK (rems_bp_window_from_minutes <= rems_bp_window_to_minutes);
ALTER TABLE session_protocol ALTER COLUMN rems_session_close_minutes DROP DEFAULT, ALTER COLUMN rems_bp_window_from_minutes DROP DEFAULT,
    ALTER COLUMN rems_bp_window_to_minutes DROP DEFAULT;

-- Clinic time: every room belongs to a clinic with an IANA time zone; REMS due dates and series are computed in it.
-- Clinics that already have rooms start in UTC (the configured default of a new clinic).
CREATE TABLE clinic (
    name       varchar(100) PRIMARY KEY,
    time_zone  varchar(64)  NOT NULL,
    created_at timestamptz  NOT NULL
);
INSERT INTO clinic (name, time_zone, created_at) SELECT DISTINCT clinic, 'UTC', now() FROM room;
ALTER TABLE room ADD CONSTRAINT room_clinic_fk FOREIGN KEY (clinic) REFERENCES clinic (name);
