-- Outbox: every consent and plan state change, written in the same transaction, read as an ordered feed.
CREATE TABLE outbox_event (
    sequence        bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id              uuid          NOT NULL UNIQUE,
    occurred_at     timestamptz   NOT NULL,
    aggregate_type  varchar(30)   NOT NULL,
    aggregate_id    uuid          NOT NULL,
    patient_id      uuid          NOT NULL,
    type            varchar(60)   NOT NULL,
    status          varchar(20)   NOT NULL,
    aggregate_version integer     NOT NULL
);
