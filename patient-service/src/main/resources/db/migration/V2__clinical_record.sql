-- Stage 1 of the pathway: the clinical record. Nothing here is ever deleted: conditions and
-- medications change status (resolved, stopped, entered in error) and every row keeps a version.

CREATE TABLE condition (
    id             uuid          PRIMARY KEY,
    patient_id     uuid          NOT NULL REFERENCES patient (id),
    kind           varchar(40)   NOT NULL CHECK (kind IN ('MAJOR_DEPRESSIVE_DISORDER', 'ANXIETY_DISORDER', 'POSTTRAUMATIC_STRESS_DISORDER',
                       'PSYCHOTIC_DISORDER', 'BIPOLAR_DISORDER', 'HYPERTENSION', 'ANEURYSMAL_VASCULAR_DISEASE',
                       'ARTERIOVENOUS_MALFORMATION', 'INTRACEREBRAL_HAEMORRHAGE', 'CARDIOVASCULAR_DISEASE',
                       'CEREBROVASCULAR_DISEASE', 'HEPATIC_IMPAIRMENT', 'SUBSTANCE_USE_DISORDER', 'KETAMINE_HYPERSENSITIVITY',
                       'PREGNANCY', 'BREASTFEEDING', 'OTHER')),
    icd10_code     varchar(8)    CHECK (icd10_code ~ '^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$'),
    description    varchar(200)  NOT NULL,
    status         varchar(20)   NOT NULL CHECK (status IN ('ACTIVE', 'IN_REMISSION', 'RESOLVED', 'ENTERED_IN_ERROR')),
    severity       varchar(10)   CHECK (severity IN ('MILD', 'MODERATE', 'SEVERE')),
    onset_date     date,
    last_use_date  date,
    note           varchar(1000),
    recorded_by    varchar(200)  NOT NULL,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    version        bigint        NOT NULL
);
CREATE INDEX condition_patient_idx ON condition (patient_id, created_at);

CREATE TABLE medication (
    id                        uuid          PRIMARY KEY,
    patient_id                uuid          NOT NULL REFERENCES patient (id),
    name                      varchar(100)  NOT NULL,
    medication_class          varchar(30)   NOT NULL CHECK (medication_class IN ('MAOI', 'PSYCHOSTIMULANT', 'BENZODIAZEPINE', 'OPIOID',
                                  'OTHER_CNS_DEPRESSANT', 'LAMOTRIGINE', 'ANTIDEPRESSANT', 'ANTIPSYCHOTIC', 'MOOD_STABILIZER',
                                  'ANTIHYPERTENSIVE', 'OTHER')),
    daily_dose_mg             numeric(9, 3) CHECK (daily_dose_mg >= 0),
    lorazepam_equivalent_mg   numeric(7, 3) CHECK (lorazepam_equivalent_mg >= 0),
    status                    varchar(20)   NOT NULL CHECK (status IN ('ACTIVE', 'STOPPED', 'ENTERED_IN_ERROR')),
    start_date                date,
    end_date                  date,
    note                      varchar(1000),
    recorded_by               varchar(200)  NOT NULL,
    created_at                timestamptz   NOT NULL,
    updated_at                timestamptz   NOT NULL,
    version                   bigint        NOT NULL,
    -- the eligibility rules weigh benzodiazepines by their lorazepam-equivalent daily dose
    CONSTRAINT medication_benzodiazepine_has_lorazepam_equivalent
        CHECK (medication_class <> 'BENZODIAZEPINE' OR lorazepam_equivalent_mg IS NOT NULL),
    CONSTRAINT medication_end_after_start CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX medication_patient_idx ON medication (patient_id, created_at);

CREATE TABLE treatment_history (
    id               uuid          PRIMARY KEY,
    patient_id       uuid          NOT NULL REFERENCES patient (id),
    treatment_type   varchar(30)   NOT NULL CHECK (treatment_type IN ('ANTIDEPRESSANT_TRIAL', 'PSYCHOTHERAPY', 'ECT', 'TMS', 'OTHER')),
    drug             varchar(100),
    daily_dose_mg    numeric(9, 3) CHECK (daily_dose_mg >= 0),
    duration_weeks   integer       CHECK (duration_weeks BETWEEN 0 AND 1000),
    adequate         boolean,
    outcome          varchar(20)   NOT NULL CHECK (outcome IN ('REMISSION', 'RESPONSE', 'PARTIAL_RESPONSE', 'NO_RESPONSE',
                                       'NOT_TOLERATED', 'UNKNOWN')),
    start_date       date,
    end_date         date,
    note             varchar(1000),
    recorded_by      varchar(200)  NOT NULL,
    created_at       timestamptz   NOT NULL,
    version          bigint        NOT NULL,
    -- an antidepressant trial names its drug and says whether it was adequate (dose and duration)
    CONSTRAINT treatment_history_trial_is_complete
        CHECK (treatment_type <> 'ANTIDEPRESSANT_TRIAL' OR (drug IS NOT NULL AND adequate IS NOT NULL))
);
CREATE INDEX treatment_history_patient_idx ON treatment_history (patient_id, created_at);

CREATE TABLE assessment (
    id                  uuid          PRIMARY KEY,
    patient_id          uuid          NOT NULL REFERENCES patient (id),
    instrument          varchar(20)   NOT NULL CHECK (instrument IN ('PHQ9', 'GAD7', 'PCL5', 'MADRS', 'CSSRS_SCREEN')),
    instrument_version  varchar(40)   NOT NULL,
    code_system         varchar(100)  NOT NULL,
    panel_code          varchar(40)   NOT NULL,
    score_code          varchar(40)   NOT NULL,
    items               integer[]     NOT NULL CHECK (cardinality(items) BETWEEN 1 AND 20),
    total               integer       NOT NULL CHECK (total BETWEEN 0 AND 80),
    band                varchar(30)   NOT NULL,
    flags               text[]        NOT NULL,
    administered_at     timestamptz   NOT NULL,
    recorded_at         timestamptz   NOT NULL,
    recorded_by         varchar(200)  NOT NULL,
    recorded_by_role    varchar(50)   NOT NULL,
    version             bigint        NOT NULL
);
CREATE INDEX assessment_patient_idx ON assessment (patient_id, instrument, administered_at);
