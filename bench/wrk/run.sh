#!/usr/bin/env bash
# Server benchmark with wrk: /healthz, listing 100 secrets, and starting a one-action workflow run that
# resolves one secret, on one `strongroom serve` over a fresh SQLite data dir, loopback only.
# Reports req/s and p99 of each, the ratios against /healthz, and the server's RSS idle and at peak.
#
#   flock /tmp/strongroom-mvn.lock bash bench/wrk/run.sh
#
# Settings (environment): DURATION (15s), THREADS (2), CONNECTIONS (16), PORT (18089), OUT (summary file,
# default /tmp/strongroom-wrk-<time>.txt).
set -euo pipefail

repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
here="$repo/bench/wrk"
duration="${DURATION:-15s}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-16}"
port="${PORT:-18089}"
host=127.0.0.1
base="http://$host:$port"
out="${OUT:-/tmp/strongroom-wrk-$(date +%Y%m%d-%H%M%S).txt}"

# (a) wrk
if ! command -v wrk >/dev/null 2>&1; then
  echo "bench: installing wrk" >&2
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq wrk >/dev/null; fi
fi
command -v curl >/dev/null || { echo "bench: curl is needed" >&2; exit 1; }

# (b) the jar, built by the launcher when missing or stale. This script is meant to run under
# `flock /tmp/strongroom-mvn.lock`; the launcher would wait on that same lock for its build, so it
# is pointed at a lock of its own (the outer lock already keeps other builds away).
export STRONGROOM_BUILD_LOCK="${STRONGROOM_BUILD_LOCK:-/tmp/strongroom-bench-build.lock}"
"$repo/strongroom" --version >/dev/null

data="$(mktemp -d "${TMPDIR:-/tmp}/strongroom-wrk.XXXXXX")"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap cleanup EXIT

# (c) the server, with the launcher's JVM settings: ./strongroom passes -Xmx256m unless
# STRONGROOM_JAVA_OPTS says otherwise; the exact command line is in the summary.
export STRONGROOM_ADMIN_PASSWORD="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
"$repo/strongroom" --data-dir "$data/store" serve --host "$host" --port "$port" 2>"$data/serve.log" &
launcher_pid=$!
for _ in $(seq 1 120); do
  curl -fsS "$base/healthz" >/dev/null 2>&1 && break
  kill -0 "$launcher_pid" 2>/dev/null || { cat "$data/serve.log" >&2; echo "bench: the server died" >&2; exit 1; }
  sleep 0.5
done
curl -fsS "$base/healthz" >/dev/null || { echo "bench: the server did not come up" >&2; exit 1; }
# The launcher execs java, so its pid is the JVM's.
server_pid="$launcher_pid"
java_cmd="$(tr '\0' ' ' </proc/"$server_pid"/cmdline)"

# (d) an admin token, 100 secrets, one workflow resolving one secret.
token="$("$repo/strongroom" --data-dir "$data/store" tokens create --role admin 2>/dev/null)"
ws="$base/api/v1/workspaces/default"
auth=(-H "Authorization: Bearer $token")
for i in $(seq -w 0 99); do
  value="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  curl -fsS -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' -X POST "$ws/secrets" \
    --data "{\"name\":\"bench_$i\",\"keys\":[{\"key\":\"API_KEY\",\"value\":\"$value\"}]}"
done
listed="$(curl -fsS "${auth[@]}" "$ws/secrets" | grep -o '"name":"bench_' | wc -l)"
[ "$listed" = 100 ] || { echo "bench: expected 100 secrets, listed $listed" >&2; exit 1; }
workflow_id="$(curl -fsS "${auth[@]}" -H 'Content-Type: application/yaml' -X POST "$ws/workflows" --data-binary @- <<'YAML' | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1
title: Bench one resolve
alias: bench_resolve
actions:
  - ref: shape
    action: core.transform.reshape
    args: {value: "Bearer ${{ SECRETS.bench_00.API_KEY }}"}
returns: "${{ ACTIONS.shape.result }}"
YAML
)"
status="$(curl -fsS "${auth[@]}" -H 'Content-Type: application/json' -X POST "$ws/workflows/$workflow_id/runs" \
  --data '{"inputs":{}}' | sed -n 's/.*"status":"\([^"]*\)".*/\1/p' | head -1)"
[ "$status" = succeeded ] || { echo "bench: the workflow run did not succeed ($status)" >&2; exit 1; }

rss_kib() { ps -o rss= -p "$server_pid" | tr -d ' '; }
sleep 2
idle_rss="$(rss_kib)"

# (e) wrk on each target, (f) RSS sampled every 0.5 s while it runs (bounded by wrk's own duration).
peak_rss="$idle_rss"
declare -A rps p99
run_wrk() {
  local label="$1"; shift
  local log="$data/wrk-$label.txt"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" >"$log" 2>&1 &
  local wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null; do
    local now; now="$(rss_kib)"
    [ -n "$now" ] && [ "$now" -gt "$peak_rss" ] && peak_rss="$now"
    sleep 0.5
  done
  wait "$wrk_pid"
  cat "$log" >&2
  grep -q "Non-2xx" "$log" && { echo "bench: $label had non-2xx answers" >&2; exit 1; }
  rps[$label]="$(awk '/^Requests\/sec:/ {print $2}' "$log")"
  p99[$label]="$(awk '$1 == "99%" {print $2}' "$log")"
}
run_wrk healthz "$base/healthz"
run_wrk list "${auth[@]}" "$ws/secrets"
run_wrk run "${auth[@]}" -s "$here/post-run.lua" "$ws/workflows/$workflow_id/runs"

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)   host: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "jvm: $java_cmd"
  echo "wrk: -t$threads -c$connections -d$duration --latency, loopback"
  printf '%-8s %12s %10s %16s\n' target req/s p99 "req/s vs healthz"
  for t in healthz list run; do
    printf '%-8s %12s %10s %16s\n' "$t" "${rps[$t]}" "${p99[$t]}" \
      "$(awk -v a="${rps[$t]}" -v b="${rps[healthz]}" 'BEGIN {printf "%.3f", a / b}')"
  done
  echo "rss idle: $((idle_rss / 1024)) MiB   rss peak: $((peak_rss / 1024)) MiB   (aim: peak < 512 MiB)"
} | tee "$out"
echo "bench: summary in $out" >&2
