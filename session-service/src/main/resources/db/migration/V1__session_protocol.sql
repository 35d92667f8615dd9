-- The numbers of the session gates as a versioned protocol; version 1 carries the clinic defaults.
CREATE TABLE session_protocol (
    version                       integer      PRIMARY KEY CHECK (version >= 1),
    published_at                  timestamptz  NOT NULL,
    published_by                  varchar(200) NOT NULL,
    max_systolic                  integer      NOT NULL,
    max_diastolic                 integer      NOT NULL,
    max_heart_rate                integer      NOT NULL,
    min_spo2                      integer      NOT NULL,
    fasting_food_minutes          integer      NOT NULL,
    bp_override_allowed           boolean      NOT NULL,
    alert_repeat_systolic         integer      NOT NULL,
    alert_repeat_diastolic        integer      NOT NULL,
    alert_repeat_window_minutes   integer      NOT NULL,
    alert_once_systolic           integer      NOT NULL,
    alert_once_diastolic          integer      NOT NULL,
    alert_heart_rate              integer      NOT NULL,
    alert_spo2                    integer      NOT NULL,
    discharge_moaas               integer      NOT NULL,
    discharge_baseline_tolerance_percent numeric(5,2) NOT NULL,
    dose_record_max_age_minutes   integer      NOT NULL,
    rems_due_days                 integer      NOT NULL
);

CREATE TABLE session_protocol_route (
    protocol_version            integer      NOT NULL REFERENCES session_protocol (version),
    route                       varchar(20)  NOT NULL CHECK (route IN ('IV', 'IM', 'ORAL_LOZENGE', 'INTRANASAL')),
    minimum_observation_minutes integer      NOT NULL CHECK (minimum_observation_minutes >= 0),
    dosing_minutes              integer      NOT NULL CHECK (dosing_minutes >= 0),
    dose_tolerance_percent      numeric(5,2) NOT NULL CHECK (dose_tolerance_percent >= 0),
    allowed_fixed_doses_mg      varchar(100),
    fasting_liquid_minutes      integer      NOT NULL CHECK (fasting_liquid_minutes >= 0),
    PRIMARY KEY (protocol_version, route)
);

INSERT INTO session_protocol VALUES
(1, TIMESTAMPTZ '2026-01-01 00:00:00+00', 'clinic defaults',
 140, 90, 110, 94, 120, false,
 180, 110, 5, 200, 120, 120, 90,
 5, 20.00, 240, 7);

INSERT INTO session_protocol_route VALUES
(1, 'IV',           60,  40, 5.00, NULL,       0),
(1, 'IM',           60,  5,  5.00, NULL,       0),
(1, 'ORAL_LOZENGE', 60,  20, 5.00, NULL,       0),
(1, 'INTRANASAL',   120, 15, 0.00, '28,56,84', 30);
