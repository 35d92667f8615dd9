-- Discharge evidence must be fresh (the latest of its kind, measured within the last N minutes before discharge)
-- and discharge vitals must sit inside absolute limits: never above the alert limits, never below these floors.
ALTER TABLE session_protocol
    ADD COLUMN discharge_evidence_minutes     integer NOT NULL DEFAULT 15 CHECK (discharge_evidence_minutes BETWEEN 1 AND 120),
    ADD COLUMN discharge_min_systolic         integer NOT NULL DEFAULT 90 CHECK (discharge_min_systolic BETWEEN 50 AND 140),
    ADD COLUMN discharge_min_diastolic        integer NOT NULL DEFAULT 50 CHECK (discharge_min_diastolic BETWEEN 30 AND 100),
    ADD COLUMN discharge_min_heart_rate       integer NOT NULL DEFAULT 50 CHECK (discharge_min_heart_rate BETWEEN 30 AND 100),
    ADD COLUMN discharge_min_respiratory_rate integer NOT NULL DEFAULT 10 CHECK (discharge_min_respiratory_rate BETWEEN 4 AND 30);
ALTER TABLE session_protocol ALTER COLUMN discharge_evidence_minutes DROP DEFAULT, ALTER COLUMN discharge_min_systolic DROP DEFAULT,
    ALTER COLUMN discharge_min_diastolic DROP DEFAULT, ALTER COLUMN discharge_min_heart_rate DROP DEFAULT,
    ALTER COLUMN discharge_min_respiratory_rate DROP DEFAULT;

-- A dosed session that is aborted instead of discharged records where the patient went and which clinician decided.
ALTER TABLE session
    ADD COLUMN disposition    varchar(40) CHECK (disposition IN ('TRANSFERRED_TO_EMERGENCY_CARE', 'ADMITTED_TO_HOSPITAL',
                                                                 'LEFT_AGAINST_MEDICAL_ADVICE', 'DISCHARGED_BY_CLINICIAN', 'OTHER')),
    ADD COLUMN disposition_by varchar(200),
    ADD CONSTRAINT session_disposition_only_when_aborted CHECK (disposition IS NULL OR status = 'ABORTED'),
    ADD CONSTRAINT session_disposition_names_who CHECK ((disposition IS NULL) = (disposition_by IS NULL));
