-- The monitoring timeline: deep sedation alerts, a vitals schedule per route whose missed time points raise an
-- alert, and readings and scores charted late (more than the charting allowance after they were measured, or
-- after the session ended) kept as late entries with the sender's reason.
ALTER TABLE session_protocol
    ADD COLUMN alert_moaas          integer NOT NULL DEFAULT 2 CHECK (alert_moaas BETWEEN 0 AND 5),
    ADD COLUMN vitals_grace_minutes integer NOT NULL DEFAULT 5 CHECK (vitals_grace_minutes BETWEEN 0 AND 60);
ALTER TABLE session_protocol ALTER COLUMN alert_moaas DROP DEFAULT, ALTER COLUMN vitals_grace_minutes DROP DEFAULT;

ALTER TABLE session_protocol_route
    ADD COLUMN vitals_due_minutes                  varchar(200) NOT NULL DEFAULT '0,40'
        CHECK (vitals_due_minutes ~ '^\s*$|^\s*[0-9]{1,4}\s*(,\s*[0-9]{1,4}\s*)*$'),
    ADD COLUMN vitals_dosing_interval_minutes      integer NOT NULL DEFAULT 0 CHECK (vitals_dosing_interval_minutes BETWEEN 0 AND 240),
    ADD COLUMN vitals_observation_interval_minutes integer NOT NULL DEFAULT 0 CHECK (vitals_observation_interval_minutes BETWEEN 0 AND 240);
UPDATE session_protocol_route SET vitals_dosing_interval_minutes = 10, vitals_observation_interval_minutes = 15 WHERE route = 'IV';
ALTER TABLE session_protocol_route ALTER COLUMN vitals_due_minutes DROP DEFAULT,
    ALTER COLUMN vitals_dosing_interval_minutes DROP DEFAULT, ALTER COLUMN vitals_observation_interval_minutes DROP DEFAULT;

ALTER TABLE vital_reading
    ADD COLUMN late_entry        boolean      NOT NULL DEFAULT false,
    ADD COLUMN late_entry_reason varchar(500);
ALTER TABLE session_score
    ADD COLUMN late_entry        boolean      NOT NULL DEFAULT false,
    ADD COLUMN late_entry_reason varchar(500);
