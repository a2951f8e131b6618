-- wrk script for bench/web-load.sh: each request goes out with the next signed-in session's cookie (round robin),
-- so the connections play distinct learners' sessions; non-200 answers are counted as errors in the summary.
local cookies = {}
for line in io.lines(os.getenv("BENCH_COOKIES")) do
  cookies[#cookies + 1] = line
end
local next_session = 0
local errors = 0

request = function()
  next_session = next_session % #cookies + 1
  return wrk.format("GET", nil, { ["Cookie"] = cookies[next_session] })
end

response = function(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("BENCH %d %.3f %.2f %.2f %.2f %d\n", summary.requests, summary.duration / 1e6,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
