-- Route dose limits as a versioned protocol table; version 1 carries the clinic defaults.
CREATE TABLE route_protocol (
    protocol_version        integer      NOT NULL CHECK (protocol_version >= 1),
    route                   varchar(20)  NOT NULL CHECK (route IN ('IV', 'IM', 'ORAL_LOZENGE', 'INTRANASAL')),
    dose_unit               varchar(10)  NOT NULL CHECK (dose_unit IN ('MG_PER_KG', 'MG')),
    min_dose                numeric(8,3) NOT NULL,
    max_dose                numeric(8,3) NOT NULL,
    allowed_doses           varchar(100),
    first_induction_dose    numeric(8,3),
    infusion_min_minutes    integer,
    infusion_max_minutes    integer,
    infusion_default_minutes integer,
    PRIMARY KEY (protocol_version, route, dose_unit),
    CHECK (min_dose <= max_dose)
);

INSERT INTO route_protocol VALUES
(1, 'IV',           'MG_PER_KG', 0.1,  1.0, NULL,       NULL, 2,    100,  40),
(1, 'IM',           'MG_PER_KG', 0.1,  1.0, NULL,       NULL, NULL, NULL, NULL),
(1, 'ORAL_LOZENGE', 'MG_PER_KG', 0.25, 7.0, NULL,       NULL, NULL, NULL, NULL),
(1, 'ORAL_LOZENGE', 'MG',        25,   300, NULL,       NULL, NULL, NULL, NULL),
(1, 'INTRANASAL',   'MG',        28,   84,  '28,56,84', 56,   NULL, NULL, NULL);

CREATE TABLE treatment_plan (
    id                  uuid          PRIMARY KEY,
    patient_id          uuid          NOT NULL,
    status              varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE')),
    plan_version        integer       NOT NULL CHECK (plan_version >= 1),
    protocol_version    integer       NOT NULL,
    indication          varchar(500)  NOT NULL,
    route               varchar(20)   NOT NULL,
    dose_unit           varchar(10)   NOT NULL,
    dose_value          numeric(8,3)  NOT NULL,
    first_dose_mg       numeric(8,3),
    infusion_minutes    integer,
    estimated_sessions  integer       NOT NULL CHECK (estimated_sessions BETWEEN 1 AND 500),
    prescriber          varchar(200)  NOT NULL,
    created_at          timestamptz   NOT NULL,
    activated_by        varchar(200),
    activated_at        timestamptz,
    version             bigint        NOT NULL
);
CREATE INDEX treatment_plan_patient_idx ON treatment_plan (patient_id, created_at DESC);

CREATE TABLE treatment_plan_phase (
    plan_id            uuid         NOT NULL REFERENCES treatment_plan (id),
    position           integer      NOT NULL,
    name               varchar(100) NOT NULL,
    weeks              integer      NOT NULL CHECK (weeks BETWEEN 1 AND 520),
    sessions_per_week  numeric(4,2) NOT NULL CHECK (sessions_per_week > 0 AND sessions_per_week <= 7),
    PRIMARY KEY (plan_id, position)
);
