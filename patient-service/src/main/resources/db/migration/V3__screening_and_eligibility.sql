-- Stage 2 of the pathway: medical screening against a versioned protocol, and the clinician's review.

-- A protocol version is published once and never changed; a new version is a new row.
CREATE TABLE screening_protocol (
    version                  integer       PRIMARY KEY CHECK (version > 0),
    published_at             timestamptz   NOT NULL,
    title                    varchar(200)  NOT NULL,
    -- treatment-resistant depression: at least this many failed adequate antidepressant trials
    trd_min_failed_trials    integer       NOT NULL CHECK (trd_min_failed_trials > 0)
);

-- The rules of a protocol version. check_type names the evaluator; the other columns are its parameters.
CREATE TABLE screening_rule (
    protocol_version     integer        NOT NULL REFERENCES screening_protocol (version),
    code                 varchar(60)    NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    ordinal              integer        NOT NULL,
    effect               varchar(20)    NOT NULL CHECK (effect IN ('INELIGIBLE', 'NEEDS_REVIEW')),
    check_type           varchar(40)    NOT NULL,
    condition_kinds      varchar(500),
    active_only          boolean        NOT NULL DEFAULT false,
    answer               varchar(60),
    medication_classes   varchar(500),
    level                varchar(20),
    limit_value          numeric(9, 3),
    second_limit         numeric(9, 3),
    description          varchar(500)   NOT NULL,
    PRIMARY KEY (protocol_version, code)
);

CREATE TABLE screening (
    id                          uuid          PRIMARY KEY,
    patient_id                  uuid          NOT NULL REFERENCES patient (id),
    protocol_version            integer       NOT NULL REFERENCES screening_protocol (version),
    screened_at                 timestamptz   NOT NULL,
    screened_by                 varchar(200)  NOT NULL,
    systolic_mmhg               integer       NOT NULL CHECK (systolic_mmhg BETWEEN 40 AND 300),
    diastolic_mmhg              integer       NOT NULL CHECK (diastolic_mmhg BETWEEN 20 AND 200),
    heart_rate_bpm              integer       CHECK (heart_rate_bpm BETWEEN 20 AND 250),
    spo2_percent                integer       CHECK (spo2_percent BETWEEN 50 AND 100),
    weight_kg                   numeric(5, 1) CHECK (weight_kg BETWEEN 20 AND 400),
    pregnant                    varchar(10)   NOT NULL CHECK (pregnant IN ('YES', 'NO', 'UNKNOWN')),
    breastfeeding               varchar(10)   NOT NULL CHECK (breastfeeding IN ('YES', 'NO', 'UNKNOWN')),
    ketamine_hypersensitivity   varchar(10)   NOT NULL CHECK (ketamine_hypersensitivity IN ('YES', 'NO', 'UNKNOWN')),
    active_psychosis_or_mania   varchar(10)   NOT NULL CHECK (active_psychosis_or_mania IN ('YES', 'NO', 'UNKNOWN')),
    cssrs_assessment_id         uuid          REFERENCES assessment (id),
    outcome                     varchar(20)   NOT NULL CHECK (outcome IN ('ELIGIBLE', 'INELIGIBLE', 'NEEDS_REVIEW')),
    review_decision             varchar(20)   CHECK (review_decision IN ('ELIGIBLE', 'INELIGIBLE')),
    review_reason               varchar(1000),
    reviewed_by                 varchar(200),
    reviewed_at                 timestamptz,
    version                     bigint        NOT NULL,
    CONSTRAINT screening_review_complete CHECK ((review_decision IS NULL) = (reviewed_at IS NULL)
        AND (review_decision IS NULL) = (review_reason IS NULL) AND (review_decision IS NULL) = (reviewed_by IS NULL)),
    -- only a NEEDS_REVIEW screening is reviewed, and an absolute contraindication never becomes eligible
    CONSTRAINT screening_review_only_when_needed CHECK (review_decision IS NULL OR outcome = 'NEEDS_REVIEW')
);
CREATE INDEX screening_patient_idx ON screening (patient_id, screened_at DESC);

-- Each rule that fired, or could not be checked, in the order of the protocol.
CREATE TABLE screening_finding (
    screening_id    uuid           NOT NULL REFERENCES screening (id),
    position        integer        NOT NULL,
    code            varchar(60)    NOT NULL,
    effect          varchar(20)    NOT NULL CHECK (effect IN ('INELIGIBLE', 'NEEDS_REVIEW')),
    determination   varchar(20)    NOT NULL CHECK (determination IN ('PRESENT', 'UNKNOWN')),
    message         varchar(500)   NOT NULL,
    PRIMARY KEY (screening_id, position)
);
