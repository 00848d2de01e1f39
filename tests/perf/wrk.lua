-- wrk script for `make bench` (tests/perf/bench.py writes its inputs).
--
-- BENCH_REQUESTS: a file with one request per line, tab-separated:
--   METHOD <tab> PATH <tab> HEADERS <tab> BODY
-- where HEADERS is "Name: value" pairs joined by "|". Each request picks a line at random,
-- so a page can be one URL or a pool of them (many questions, many answers to vote on).
-- BENCH_EXPECT: the status every response should have; any other is counted as an error.
-- BENCH_OUT: where done() writes the results as JSON.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local function split(text, separator)
  local parts = {}
  for part in (text .. separator):gmatch("(.-)" .. separator:gsub("%p", "%%%0")) do
    table.insert(parts, part)
  end
  return parts
end

function init(args)
  requests = {}
  unexpected = 0
  expected = tonumber(os.getenv("BENCH_EXPECT") or "200")
  for line in io.lines(os.getenv("BENCH_REQUESTS")) do
    local fields = split(line, "\t")
    local headers = {}
    if fields[3] ~= "" then
      for _, pair in ipairs(split(fields[3], "|")) do
        local name, value = pair:match("^([^:]+):%s*(.*)$")
        headers[name] = value
      end
    end
    local body = fields[4] ~= "" and fields[4] or nil
    table.insert(requests, wrk.format(fields[1], fields[2], headers, body))
  end
  math.randomseed(os.time() + tonumber(tostring(threads):match("0x(%x+)") or "0", 16) % 1000)
end

function request()
  return requests[math.random(#requests)]
end

function response(status, headers, body)
  if status ~= expected then
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local wrong = 0
  for _, thread in ipairs(threads) do
    wrong = wrong + (thread:get("unexpected") or 0)
  end
  local errors = summary.errors
  local out = io.open(os.getenv("BENCH_OUT"), "w")
  out:write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, "unexpected_status": %d, ' ..
    '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
    '"latency_us": {"p50": %d, "p95": %d, "p99": %d, "max": %d, "mean": %.1f}}',
    summary.requests, summary.duration, summary.bytes, wrong,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean
  ))
  out:close()
end
