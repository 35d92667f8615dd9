CREATE TABLE patient (
    id           uuid         PRIMARY KEY,
    mrn          varchar(32)  NOT NULL CONSTRAINT patient_mrn_unique UNIQUE,
    given_name   varchar(100) NOT NULL,
    family_name  varchar(100) NOT NULL,
    birth_date   date         NOT NULL,
    sex          varchar(10)  NOT NULL CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    phone        varchar(30),
    email        varchar(200),
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    version      bigint       NOT NULL
);
CREATE INDEX patient_family_name_idx ON patient (lower(family_name) text_pattern_ops);
CREATE INDEX patient_given_name_idx ON patient (lower(given_name) text_pattern_ops);
