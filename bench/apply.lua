-- wrk script for bench/run.sh: every request applies through the real form (multipart, CSRF token)
-- with a unique e-mail address and the same 200 KB PDF as CV.
local boundary = "----wervingbench"
local token = os.getenv("CSRF_TOKEN")
local slug = os.getenv("SLUG")
-- A PDF's content is compressed, so the CV is random bytes behind the PDF header (fixed seed: every run the same).
math.randomseed(2026)
local bytes = {}
for i = 1, 200 * 1024 - 9 do
  bytes[i] = string.char(math.random(0, 255))
end
local pdf = "%PDF-1.4\n" .. table.concat(bytes)

local function part(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

local head = part("csrf-token", token) .. part("fullName", "Bench Kandidaat") .. part("phone", "0612345678")
local tail = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"cv\"; filename=\"cv.pdf\"\r\n"
  .. "Content-Type: application/pdf\r\n\r\n" .. pdf .. "\r\n--" .. boundary .. "--\r\n"

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

wrk.method = "POST"
wrk.path = "/jobs/" .. slug .. "/apply"
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
wrk.headers["Cookie"] = "csrf-token=" .. token

local counter = 0
function request()
  counter = counter + 1
  local email = "bench-" .. os.time() .. "-" .. tostring(thread_id) .. "-" .. counter .. "@voorbeeld.nl"
  -- Every candidate from an address of their own, as behind the load balancer (loopback is a trusted proxy outside
  -- tests): the apply limit counts one attempt per address, as it does for real candidates.
  wrk.headers["X-Forwarded-For"] = "10." .. thread_id .. "." .. math.floor(counter / 256) % 256 .. "." .. counter % 256
  return wrk.format(nil, nil, nil, head .. part("email", email) .. tail)
end
