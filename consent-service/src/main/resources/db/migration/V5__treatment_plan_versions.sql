-- Every version of a plan is kept, immutable: version 1 as drafted, then each revision with its rationale.
CREATE TABLE treatment_plan_version (
    id                  uuid          PRIMARY KEY,
    plan_id             uuid          NOT NULL REFERENCES treatment_plan (id),
    plan_version        integer       NOT NULL CHECK (plan_version >= 1),
    protocol_version    integer       NOT NULL,
    indication          varchar(500)  NOT NULL,
    dose_unit           varchar(10)   NOT NULL,
    dose_value          numeric(8,3)  NOT NULL,
    first_dose_mg       numeric(8,3),
    infusion_minutes    integer,
    estimated_sessions  integer       NOT NULL,
    rationale           varchar(2000),
    recorded_by         varchar(200)  NOT NULL,
    recorded_at         timestamptz   NOT NULL,
    CONSTRAINT treatment_plan_version_unique UNIQUE (plan_id, plan_version),
    CHECK (plan_version = 1 OR rationale IS NOT NULL)
);

CREATE TABLE treatment_plan_version_phase (
    version_id         uuid         NOT NULL REFERENCES treatment_plan_version (id),
    position           integer      NOT NULL,
    name               varchar(100) NOT NULL,
    weeks              integer      NOT NULL,
    sessions_per_week  numeric(4,2) NOT NULL,
    PRIMARY KEY (version_id, position)
);

INSERT INTO treatment_plan_version (id, plan_id, plan_version, protocol_version, indication, dose_unit, dose_value, first_dose_mg,
                                    infusion_minutes, estimated_sessions, rationale, recorded_by, recorded_at)
SELECT gen_random_uuid(), id, plan_version, protocol_version, indication, dose_unit, dose_value, first_dose_mg, infusion_minutes,
       estimated_sessions, NULL, prescriber, created_at
FROM treatment_plan;
INSERT INTO treatment_plan_version_phase (version_id, position, name, weeks, sessions_per_week)
SELECT v.id, p.position, p.name, p.weeks, p.sessions_per_week
FROM treatment_plan_phase p JOIN treatment_plan_version v ON v.plan_id = p.plan_id;

CREATE FUNCTION treatment_plan_version_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'a treatment plan version is immutable';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER treatment_plan_version_no_change BEFORE UPDATE OR DELETE ON treatment_plan_version
    FOR EACH ROW EXECUTE FUNCTION treatment_plan_version_immutable();
CREATE TRIGGER treatment_plan_version_phase_no_change BEFORE UPDATE OR DELETE ON treatment_plan_version_phase
    FOR EACH ROW EXECUTE FUNCTION treatment_plan_version_immutable();
