-- wrk script for bench/run.sh: /jobs with a query parameter the page does not know (a campaign tag), different on
-- every request, as a job-board campaign or a cache-busting script sends it.
local counter = 0

function request()
  counter = counter + 1
  return wrk.format("GET", "/jobs?utm_campaign=" .. counter .. "-" .. math.random(1, 1000000000))
end
