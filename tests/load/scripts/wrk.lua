-- wrk script of the load harness (tests/load/run.sh).
-- Environment:
--   LOAD_BODY_FILE    file whose bytes are the POST body of every request (required)
--   LOAD_UNIQUE_AUTH  "1": every request carries its own `authorization: Bearer <thread>-<n>`, never repeated in
--                     a wrk run (per-thread counter, thread id as prefix); otherwise all requests are identical.
--   LOAD_COUNT_ERRORS "1": also count responses whose body has a GraphQL "errors" entry (a failed subgraph fetch
--                     answers HTTP 200 with errors); wrk then reads every body, which costs it some throughput.
-- Prints one machine-readable line at the end:
--   RESULT requests=N duration_us=N p50_us=N p99_us=N status_errors=N connect=N read=N write=N timeout=N bytes=N graphql_errors=N
-- status_errors counts responses with status >= 400 (wrk's own count); graphql_errors is -1 unless LOAD_COUNT_ERRORS=1.

local body_file = os.getenv("LOAD_BODY_FILE") or error("LOAD_BODY_FILE is not set")
local file = assert(io.open(body_file, "rb"))
local body = file:read("*a")
file:close()

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"

local next_thread_id = 0
local threads = {}

function setup(thread)
  next_thread_id = next_thread_id + 1
  thread:set("thread_id", next_thread_id)
  table.insert(threads, thread)
end

local count_errors = os.getenv("LOAD_COUNT_ERRORS") == "1"
if count_errors then
  graphql_errors = 0

  function response(status, headers, body)
    if body ~= nil and string.find(body, '"errors"', 1, true) then
      graphql_errors = graphql_errors + 1
    end
  end
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
  local errors = -1
  if count_errors then
    errors = 0
    for _, thread in ipairs(threads) do
      errors = errors + (thread:get("graphql_errors") or 0)
    end
  end
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d status_errors=%d connect=%d read=%d write=%d timeout=%d bytes=%d graphql_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, summary.bytes, errors))
end
