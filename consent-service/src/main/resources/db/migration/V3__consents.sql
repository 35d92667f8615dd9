-- A consent: a document version presented to a patient, signed, witnessed, possibly withdrawn. Never deleted.
CREATE TABLE consent (
    id                   uuid          PRIMARY KEY,
    patient_id           uuid          NOT NULL,
    document_version_id  uuid          NOT NULL REFERENCES consent_document_version (id),
    status               varchar(20)   NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'WITHDRAWN')),
    presented_by         varchar(200)  NOT NULL,
    presented_at         timestamptz   NOT NULL,
    signer_name          varchar(200),
    signature_method     varchar(30)   CHECK (signature_method IN ('PATIENT_SELF', 'CAPTURED_BY_CLINICIAN')),
    signature_by         varchar(200),
    signature_attestation varchar(2000),
    signed_at            timestamptz,
    witnessed_by         varchar(200),
    activated_at         timestamptz,
    expires_at           timestamptz,
    withdrawn_by         varchar(200),
    withdrawn_at         timestamptz,
    withdrawal_reason    varchar(2000),
    version              bigint        NOT NULL,
    CHECK (status <> 'ACTIVE' OR (signed_at IS NOT NULL AND witnessed_by IS NOT NULL AND expires_at IS NOT NULL)),
    CHECK (status <> 'WITHDRAWN' OR withdrawal_reason IS NOT NULL)
);
CREATE INDEX consent_patient_idx ON consent (patient_id, presented_at DESC);

CREATE TABLE consent_question (
    id           uuid          PRIMARY KEY,
    consent_id   uuid          NOT NULL REFERENCES consent (id),
    question     varchar(2000) NOT NULL,
    answer       varchar(4000) NOT NULL,
    answered_by  varchar(200)  NOT NULL,
    asked_at     timestamptz   NOT NULL
);
CREATE INDEX consent_question_consent_idx ON consent_question (consent_id, asked_at);
