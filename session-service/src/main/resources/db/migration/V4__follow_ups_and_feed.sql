-- Follow-up appointments, and the position reached in consent-service's change feed.
CREATE TABLE follow_up (
    id                uuid          PRIMARY KEY,
    patient_id        uuid          NOT NULL,
    kind              varchar(20)   NOT NULL,
    status            varchar(20)   NOT NULL,
    scheduled_at      timestamptz   NOT NULL,
    duration_minutes  integer       NOT NULL CHECK (duration_minutes > 0),
    clinician         varchar(200),
    notes             varchar(1000),
    booked_by         varchar(200)  NOT NULL,
    created_at        timestamptz   NOT NULL,
    version           bigint        NOT NULL
);
CREATE INDEX follow_up_patient_idx ON follow_up (patient_id, scheduled_at);

CREATE TABLE feed_cursor (
    feed        varchar(50)  PRIMARY KEY,
    position    bigint       NOT NULL,
    updated_at  timestamptz  NOT NULL
);
