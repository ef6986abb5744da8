-- wrk script: POST the JSON body found in the file named by NEWSNORM_BENCH_BODY.
local file = assert(io.open(os.getenv("NEWSNORM_BENCH_BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
