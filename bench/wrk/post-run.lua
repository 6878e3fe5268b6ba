-- wrk script: start a run of the benchmark's one-action workflow (POST with a small JSON body).
wrk.method = "POST"
wrk.body = '{"inputs":{}}'
wrk.headers["Content-Type"] = "application/json"
