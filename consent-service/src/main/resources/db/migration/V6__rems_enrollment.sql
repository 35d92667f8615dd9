-- Esketamine REMS enrollment of a patient: the patient's signature and the prescriber's. One per patient.
CREATE TABLE rems_enrollment (
    id                     uuid          PRIMARY KEY,
    patient_id             uuid          NOT NULL CONSTRAINT rems_enrollment_patient_unique UNIQUE,
    patient_signer_name    varchar(200)  NOT NULL,
    patient_signed_at      timestamptz   NOT NULL,
    prescriber             varchar(200)  NOT NULL,
    prescriber_attestation varchar(2000) NOT NULL,
    enrolled_at            timestamptz   NOT NULL,
    version                bigint        NOT NULL
);
