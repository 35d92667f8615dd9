-- wrk: POST one vitals reading per request, each with its own clientReadingId and Idempotency-Key,
-- like a tablet recording readings one by one (the session id is in the URL).
local counter = 0
local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  prefix = "wrk-" .. os.time() .. "-" .. tid .. "-"
end

function request()
  counter = counter + 1
  local id = prefix .. counter
  local body = '{"readings":[{"clientReadingId":"' .. id .. '","measuredAt":"' .. os.date("!%Y-%m-%dT%H:%M:%SZ")
    .. '","systolic":121,"diastolic":78,"heartRate":74,"spo2":98,"respiratoryRate":14,"source":"DEVICE"}]}'
  -- wrk.format sends only the headers it is given: keep the -H ones (the bearer token)
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Content-Type"] = "application/json"
  headers["Idempotency-Key"] = id
  return wrk.format("POST", nil, headers, body)
end
