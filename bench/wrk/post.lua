-- wrk script: every request is the same POST (or GET) built from the environment, so one script serves
-- every scenario of run.sh. BODY empty means a GET of the path given on wrk's command line.
local body = os.getenv("BODY") or ""
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
if body ~= "" then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end
