-- Platform tables present in every service database. Platform migrations are numbered V0_n so
-- they always sort before the service's own V1, V2, ...

CREATE TABLE audit_event (
    id             uuid         PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL,
    request_id     varchar(100),
    actor          varchar(200) NOT NULL,
    actor_name     varchar(200) NOT NULL,
    role           varchar(50)  NOT NULL,
    action         varchar(20)  NOT NULL,
    method         varchar(10)  NOT NULL,
    path           varchar(500) NOT NULL,
    patient_id     uuid,
    status         integer      NOT NULL,
    outcome        varchar(20)  NOT NULL
);
CREATE INDEX audit_event_patient_idx ON audit_event (patient_id, occurred_at DESC);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at DESC);

-- The audit trail is append-only: no update or delete, whoever asks.
CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TABLE idempotency_record (
    caller           varchar(200) NOT NULL,
    idempotency_key  varchar(200) NOT NULL,
    request_hash     varchar(64)  NOT NULL,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    response_status  integer,
    response_location varchar(500),
    response_etag    varchar(100),
    response_body    text,
    PRIMARY KEY (caller, idempotency_key)
);
