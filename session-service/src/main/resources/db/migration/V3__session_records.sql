-- What is recorded during a session: pre-dose check, dose, vitals, alerts, scores, adverse events.
CREATE TABLE pre_dose_check (
    session_id              uuid          PRIMARY KEY REFERENCES session (id),
    systolic                integer       NOT NULL,
    diastolic               integer       NOT NULL,
    heart_rate              integer       NOT NULL,
    spo2                    integer       NOT NULL,
    weight_kg               numeric(4,1)  NOT NULL,
    last_food_at            timestamptz   NOT NULL,
    last_liquid_at          timestamptz   NOT NULL,
    escort_confirmed        boolean       NOT NULL,
    pregnancy_test          varchar(20)   NOT NULL,
    new_interacting_medication boolean    NOT NULL,
    new_medication_details  varchar(500),
    benzodiazepines         boolean       NOT NULL,
    sedative_hypnotics      boolean       NOT NULL,
    psychostimulants        boolean       NOT NULL,
    maois                   boolean       NOT NULL,
    opioids                 boolean       NOT NULL,
    bp_override_reason      varchar(500),
    checked_by              varchar(200)  NOT NULL,
    checked_at              timestamptz   NOT NULL
);

CREATE TABLE dose_administration (
    session_id    uuid          PRIMARY KEY REFERENCES session (id),
    route         varchar(20)   NOT NULL,
    dose_mg       numeric(7,2)  NOT NULL CHECK (dose_mg > 0),
    mg_per_kg     numeric(8,4),
    weight_kg     numeric(4,1),
    lot_number    varchar(50)   NOT NULL,
    devices       integer,
    started_at    timestamptz   NOT NULL,
    ended_at      timestamptz,
    plan_id       uuid          NOT NULL,
    plan_version  integer       NOT NULL,
    consent_id    uuid,
    given_by      varchar(200)  NOT NULL,
    recorded_at   timestamptz   NOT NULL,
    CHECK (ended_at IS NULL OR ended_at >= started_at)
);

CREATE TABLE vital_reading (
    id                 uuid          PRIMARY KEY,
    session_id         uuid          NOT NULL REFERENCES session (id),
    client_reading_id  varchar(100)  NOT NULL,
    measured_at        timestamptz   NOT NULL,
    systolic           integer,
    diastolic          integer,
    heart_rate         integer,
    spo2               integer,
    respiratory_rate   integer,
    source             varchar(10)   NOT NULL,
    recorded_by        varchar(200)  NOT NULL,
    recorded_at        timestamptz   NOT NULL,
    CONSTRAINT vital_reading_once UNIQUE (session_id, client_reading_id)
);
CREATE INDEX vital_reading_time_idx ON vital_reading (session_id, measured_at);

CREATE TABLE session_alert (
    id          uuid          PRIMARY KEY,
    session_id  uuid          NOT NULL REFERENCES session (id),
    kind        varchar(40)   NOT NULL,
    message     varchar(500)  NOT NULL,
    reading_id  uuid          NOT NULL REFERENCES vital_reading (id),
    raised_at   timestamptz   NOT NULL,
    CONSTRAINT session_alert_once UNIQUE (reading_id, kind)
);
CREATE INDEX session_alert_session_idx ON session_alert (session_id, raised_at);

CREATE TABLE session_score (
    id           uuid          PRIMARY KEY,
    session_id   uuid          NOT NULL REFERENCES session (id),
    instrument   varchar(10)   NOT NULL CHECK (instrument IN ('MOAA_S', 'CADSS')),
    score        integer       NOT NULL CHECK (score >= 0),
    measured_at  timestamptz   NOT NULL,
    recorded_by  varchar(200)  NOT NULL,
    recorded_at  timestamptz   NOT NULL
);
CREATE INDEX session_score_session_idx ON session_score (session_id, measured_at);

CREATE TABLE adverse_event (
    id            uuid          PRIMARY KEY,
    session_id    uuid          NOT NULL REFERENCES session (id),
    type          varchar(40)   NOT NULL,
    severity      varchar(20)   NOT NULL,
    description   varchar(1000),
    action_taken  varchar(500)  NOT NULL,
    outcome       varchar(40)   NOT NULL,
    onset_at      timestamptz   NOT NULL,
    resolved_at   timestamptz,
    outcome_note  varchar(500),
    recorded_by   varchar(200)  NOT NULL,
    recorded_at   timestamptz   NOT NULL,
    version       bigint        NOT NULL
);
CREATE INDEX adverse_event_session_idx ON adverse_event (session_id, onset_at);
