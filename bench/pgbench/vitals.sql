-- What session-service runs for one vitals reading posted with an Idempotency-Key, statement for statement, as
-- pgbench runs it (one pgbench transaction = one API request); prepare-vitals fills in the table, the session, its
-- protocol version and the patient. Pinned in session-service by VitalsQueryCountTest.
--   1. one transaction: claim the key (platform Idempotency), share-lock the session row (VitalsRecorder: no state
--      change meanwhile, other readings of the session side by side), read the session's protocol (the clock-skew
--      and charting allowances, the alert limits), store the reading, remember the response. A reading within the
--      limits reads no earlier readings.
--   2. the audit entry, written by the response filter after that transaction (platform AuditTrail)
\set n random(1, 2000000000)
BEGIN;
INSERT INTO idempotency_record (caller, idempotency_key, request_hash)
  VALUES ('pgbench', 'pgb-' || :client_id || '-' || :n, repeat('a', 64)) ON CONFLICT DO NOTHING;
SELECT * FROM session WHERE id = ':session' FOR SHARE;
SELECT * FROM session_protocol sp LEFT JOIN session_protocol_route r ON sp.version = r.protocol_version WHERE sp.version = :protocol;
INSERT INTO @VITALS_TABLE@ (@VITALS_COLUMNS@)
  VALUES (@VITALS_VALUES@) ON CONFLICT DO NOTHING;
UPDATE idempotency_record SET response_status = 200, response_location = NULL, response_etag = NULL,
  response_body = '{"sessionId":":session","patientId":":patient","stored":1,"alreadyPresent":0,"alerts":[]}'
  WHERE caller = 'pgbench' AND idempotency_key = 'pgb-' || :client_id || '-' || :n;
COMMIT;
INSERT INTO audit_event (id, occurred_at, request_id, actor, actor_name, role, action, method, path, patient_id, status, outcome)
  VALUES (gen_random_uuid(), now(), 'pgb-' || :client_id || '-' || :n, 'pgbench', 'nurse1', 'nurse', 'CREATE', 'POST',
          '/api/v1/sessions/:session/vitals', ':patient', 200, 'SUCCESS');
