-- The dose follows its gates in time: a passed pre-dose check is valid for a while, the weight of the day is held
-- against the patient's last weight, each route has a mg ceiling per dose, an infusion lasts the plan's minutes, and
-- intranasal devices are given some minutes apart. A late entry is marked with its reason and who charted it, and
-- the server's receipt of the dose end is kept (the observation minimum counts from it, less the charting allowance).
ALTER TABLE session_protocol
    ADD COLUMN pre_dose_check_valid_minutes integer NOT NULL DEFAULT 60 CHECK (pre_dose_check_valid_minutes BETWEEN 1 AND 1440),
    ADD COLUMN weight_change_percent        integer NOT NULL DEFAULT 10 CHECK (weight_change_percent BETWEEN 1 AND 100),
    ADD COLUMN infusion_tolerance_minutes   integer NOT NULL DEFAULT 5  CHECK (infusion_tolerance_minutes BETWEEN 0 AND 60);
ALTER TABLE session_protocol ALTER COLUMN pre_dose_check_valid_minutes DROP DEFAULT, ALTER COLUMN weight_change_percent DROP DEFAULT,
    ALTER COLUMN infusion_tolerance_minutes DROP DEFAULT;

ALTER TABLE session_protocol_route
    ADD COLUMN device_interval_minutes integer      NOT NULL DEFAULT 0   CHECK (device_interval_minutes BETWEEN 0 AND 60),
    ADD COLUMN max_dose_mg             numeric(7,2) NOT NULL DEFAULT 150 CHECK (max_dose_mg > 0 AND max_dose_mg <= 1000);
UPDATE session_protocol_route SET device_interval_minutes = 5, max_dose_mg = 84 WHERE route = 'INTRANASAL';
UPDATE session_protocol_route SET max_dose_mg = 300 WHERE route = 'ORAL_LOZENGE';
ALTER TABLE session_protocol_route ALTER COLUMN device_interval_minutes DROP DEFAULT, ALTER COLUMN max_dose_mg DROP DEFAULT;

-- Pre-dose checks keep their history: a session may be checked again once a passed check has expired. A failed check
-- is kept too: after it, the dose waits for a check that passes.
ALTER TABLE pre_dose_check ADD COLUMN id uuid;
UPDATE pre_dose_check SET id = gen_random_uuid();
ALTER TABLE pre_dose_check ALTER COLUMN id SET NOT NULL;
ALTER TABLE pre_dose_check DROP CONSTRAINT pre_dose_check_pkey;
ALTER TABLE pre_dose_check ADD PRIMARY KEY (id);
CREATE INDEX pre_dose_check_session_idx ON pre_dose_check (session_id, checked_at);
ALTER TABLE pre_dose_check
    ADD COLUMN previous_weight_kg         numeric(4,1),
    ADD COLUMN weight_confirmed_by        varchar(200),
    ADD COLUMN weight_confirmation_reason varchar(500),
    ADD COLUMN passed                     boolean NOT NULL DEFAULT true,
    ADD COLUMN failed_criteria            varchar(1000);
ALTER TABLE pre_dose_check ALTER COLUMN passed DROP DEFAULT;

ALTER TABLE dose_administration
    ADD COLUMN late_entry               boolean NOT NULL DEFAULT false,
    ADD COLUMN late_entry_reason        varchar(1100),
    ADD COLUMN late_entry_by            varchar(200),
    ADD COLUMN end_recorded_at          timestamptz,
    ADD COLUMN planned_infusion_minutes integer,
    ADD COLUMN device_times             varchar(500);
UPDATE dose_administration SET end_recorded_at = recorded_at WHERE ended_at IS NOT NULL;
ALTER TABLE dose_administration ALTER COLUMN late_entry DROP DEFAULT;
ALTER TABLE dose_administration ADD CONSTRAINT dose_late_entry_has_reason CHECK (NOT late_entry OR late_entry_reason IS NOT NULL);
