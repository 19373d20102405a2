-- wrk reporter: one line of figures per run, percentiles in milliseconds (wrk's --latency has no p95).
-- With SESSIONS_FILE (one session id per line, written by run.sh), requests take turns over those sessions: real
-- users each have their own, and 16 clients sharing one session row queue on its last-access update.
local sessions = {}
local file = os.getenv("SESSIONS_FILE")
if file then
  local f = io.open(file, "r")
  if f then
    for line in f:lines() do
      if line ~= "" then sessions[#sessions + 1] = line end
    end
    f:close()
  end
end
local turn = 0

request = function()
  if #sessions > 0 then
    turn = turn % #sessions + 1
    wrk.headers["Cookie"] = "ORE_PASS_SESSION=" .. sessions[turn]
  end
  return wrk.format()
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
