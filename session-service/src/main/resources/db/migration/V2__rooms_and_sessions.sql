-- Rooms and booked sessions. PostgreSQL itself refuses overlapping bookings of one room or one patient.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE room (
    id          uuid         PRIMARY KEY,
    name        varchar(100) NOT NULL,
    clinic      varchar(100) NOT NULL,
    created_at  timestamptz  NOT NULL,
    version     bigint       NOT NULL,
    CONSTRAINT room_name_unique UNIQUE (clinic, name)
);

CREATE TABLE room_equipment (
    room_id    uuid        NOT NULL REFERENCES room (id),
    equipment  varchar(40) NOT NULL,
    PRIMARY KEY (room_id, equipment)
);

CREATE TABLE session (
    id                    uuid         PRIMARY KEY,
    patient_id            uuid         NOT NULL,
    plan_id               uuid         NOT NULL,
    room_id               uuid         NOT NULL REFERENCES room (id),
    route                 varchar(20)  NOT NULL CHECK (route IN ('IV', 'IM', 'ORAL_LOZENGE', 'INTRANASAL')),
    status                varchar(20)  NOT NULL CHECK (status IN ('SCHEDULED', 'CHECKED_IN', 'READY_TO_DOSE', 'DOSING',
                                                                  'MONITORING', 'DISCHARGED', 'CANCELLED', 'NO_SHOW', 'ABORTED')),
    authorization_status  varchar(30)  NOT NULL CHECK (authorization_status IN ('UNVERIFIED', 'AUTHORIZED', 'AUTHORIZATION_LOST')),
    authorization_note    varchar(200),
    starts_at             timestamptz  NOT NULL,
    ends_at               timestamptz  NOT NULL,
    period                tstzrange    GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
    duration_minutes      integer      NOT NULL CHECK (duration_minutes > 0),
    series_id             uuid,
    protocol_version      integer      NOT NULL REFERENCES session_protocol (version),
    consent_id            uuid,
    plan_version          integer,
    checked_in_at         timestamptz,
    checked_in_by         varchar(200),
    discharged_at         timestamptz,
    discharged_by         varchar(200),
    dissociation_attestation varchar(500),
    ended_at              timestamptz,
    end_reason            varchar(500),
    rems_submitted_at     timestamptz,
    rems_reference        varchar(100),
    booked_by             varchar(200) NOT NULL,
    booked_at             timestamptz  NOT NULL,
    version               bigint       NOT NULL,
    CHECK (ends_at > starts_at),
    CONSTRAINT session_room_no_overlap EXCLUDE USING gist (room_id WITH =, period WITH &&)
        WHERE (status NOT IN ('CANCELLED', 'NO_SHOW')),
    CONSTRAINT session_patient_no_overlap EXCLUDE USING gist (patient_id WITH =, period WITH &&)
        WHERE (status NOT IN ('CANCELLED', 'NO_SHOW'))
);
CREATE INDEX session_patient_idx ON session (patient_id, starts_at);
CREATE INDEX session_plan_idx ON session (plan_id, starts_at);
CREATE INDEX session_room_idx ON session (room_id, starts_at);

-- Every change of a session (booking, reschedule, transitions, authorization), never rewritten.
CREATE TABLE session_event (
    id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id   uuid         NOT NULL REFERENCES session (id),
    type         varchar(40)  NOT NULL,
    status       varchar(20)  NOT NULL,
    room_id      uuid         NOT NULL,
    starts_at    timestamptz  NOT NULL,
    ends_at      timestamptz  NOT NULL,
    detail       varchar(500),
    actor        varchar(200) NOT NULL,
    occurred_at  timestamptz  NOT NULL
);
CREATE INDEX session_event_session_idx ON session_event (session_id, id);
