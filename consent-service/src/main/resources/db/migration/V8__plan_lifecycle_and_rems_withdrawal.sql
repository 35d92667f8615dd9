-- A plan can be paused, resumed, completed or cancelled; the last change keeps who, when and why.
ALTER TABLE treatment_plan DROP CONSTRAINT treatment_plan_status_check;
ALTER TABLE treatment_plan ADD CONSTRAINT treatment_plan_status_check
    CHECK (status IN ('DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'CANCELLED'));
ALTER TABLE treatment_plan
    ADD COLUMN status_changed_by varchar(200),
    ADD COLUMN status_changed_at timestamptz,
    ADD COLUMN status_reason     varchar(2000);

-- A REMS enrollment can be withdrawn (kept, never deleted); the patient may enroll again afterwards.
ALTER TABLE rems_enrollment DROP CONSTRAINT rems_enrollment_patient_unique;
ALTER TABLE rems_enrollment
    ADD COLUMN withdrawn_by      varchar(200),
    ADD COLUMN withdrawn_at      timestamptz,
    ADD COLUMN withdrawal_reason varchar(2000);
CREATE UNIQUE INDEX rems_enrollment_one_current_per_patient ON rems_enrollment (patient_id) WHERE withdrawn_at IS NULL;
