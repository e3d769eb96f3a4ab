-- wrk script of the load harness (tests/load/run.sh).
-- Environment:
--   LOAD_BODY_FILE    file whose bytes are the POST body of every request (required)
--   LOAD_UNIQUE_AUTH  "1": every request carries its own `authorization: Bearer <thread>-<n>`, never repeated in
--                     a wrk run (per-thread counter, thread id as prefix); otherwise all requests are identical.
-- Prints one machine-readable line at the end:
--   RESULT requests=N duration_us=N p50_us=N p99_us=N status_errors=N connect=N read=N write=N timeout=N bytes=N
-- status_errors counts responses with status >= 400 (wrk's own count).

local body_file = os.getenv("LOAD_BODY_FILE") or error("LOAD_BODY_FILE is not set")
local file = assert(io.open(body_file, "rb"))
local body = file:read("*a")
file:close()

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"

local next_thread_id = 0

function setup(thread)
  next_thread_id = next_thread_id + 1
  thread:set("thread_id", next_thread_id)
end

if os.getenv("LOAD_UNIQUE_AUTH") == "1" then
  local counter = 0
  local headers = { ["Content-Type"] = "application/json" }

  function request()
    counter = counter + 1
    headers["Authorization"] = "Bearer " .. thread_id .. "-" .. counter
    return wrk.format("POST", nil, headers, body)
  end
end

function done(summary, latency, requests)
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d status_errors=%d connect=%d read=%d write=%d timeout=%d bytes=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, summary.bytes))
end
