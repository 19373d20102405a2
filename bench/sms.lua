-- wrk script for bench/sms.sh: Africa's Talking SMS callbacks, each a new message (its own id) from its own phone
-- (so no phone's hourly budget is reached) carrying a whole report, paced so that CONNECTIONS connections together
-- send at most RATE messages a second (each connection waits 1000*CONNECTIONS/RATE ms after an answer, so the
-- answer's own time comes on top: RATE=24 gives about 20 a second here). The figures line is report.lua's.
local rate = tonumber(os.getenv("RATE") or "20")
local connections = tonumber(os.getenv("CONNECTIONS") or "4")
local pause = math.floor(1000 * connections / rate)
local counter = 0
local thread_id = 0

setup = function(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end

delay = function()
  return pause
end

request = function()
  counter = counter + 1
  local n = (id or 1) * 10000000 + counter
  local body = "from=%2B243990" .. string.format("%07d", n % 10000000) .. "&to=12345"
      .. "&text=RIPOTI+WATOTO+Rubaya+watoto+wanachimba+shimo+" .. n
      .. "&date=2026-12-07+16%3A00%3A00&id=ATXid_bench_" .. os.time() .. "_" .. n
  return wrk.format("POST", nil, {["Content-Type"] = "application/x-www-form-urlencoded"}, body)
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout + summary.errors.status
  io.write(string.format(
    "requests=%d non2xx_or_errors=%d rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    summary.requests, errors, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
