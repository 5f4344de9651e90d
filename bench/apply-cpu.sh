#!/usr/bin/env bash
# Apply throughput and CPU per application, for comparing two builds in turn: bench/apply-cpu.sh [checkout]
# - starts the bench build of the checkout (default: this one; another one, e.g. a worktree of an older commit, must
#   have been packaged with -Dquarkus.profile=bench) on a fresh PostgreSQL database, publishes one vacancy, applies
#   through the real form with wrk (bench/apply.lua: 200 KB PDF, 16 connections) for WARM (default 10s, as bench/run.sh),
#   then measures DURATION (default 30s): applications stored, and the CPU time the application's process and
#   PostgreSQL's processes used, divided by them. CPU per application is steadier than throughput on a shared machine.
# Prints one line; nothing is written to bench/README.md. REUSE_BUILD=1 skips packaging this checkout. With BENCH_READY
# and BENCH_GO (two file names) it creates the first when it is ready to load and waits for the second before it does:
# bench/apply-ab.sh starts two builds' load at the same moment so.
set -euo pipefail
cd "$(dirname "$0")/.."
bench_dir=$PWD
checkout=${1:-$PWD}
warm=${WARM:-10s}
duration=${DURATION:-30s}
java_opts=${BENCH_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC}
port=${BENCH_PORT:-8098}
management_port=${BENCH_MANAGEMENT_PORT:-9098}
db=${BENCH_DB:-werving_bench_apply}
admin_password=bench-paars-fietspad-onweer
work=$(mktemp -d)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

if [ "$checkout" = "$PWD" ] && [ "${REUSE_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=bench
fi
cp -r "$checkout/target/quarkus-app" "$work/"
(cd "$work/quarkus-app" && java -Dquarkus.launch.rebuild=true -Dquarkus.profile=bench -Dquarkus.datasource.db-kind=postgresql \
  -jar quarkus-run.jar >"$work/rebuild.log" 2>&1) || { cat "$work/rebuild.log"; exit 1; }
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" -c "create database $db"
# BENCH_BASELINE_FILE for builds from before the baseline endpoint took a directory.
(cd "$work/quarkus-app" && QUARKUS_PROFILE=bench QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$management_port \
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$db QUARKUS_DATASOURCE_USERNAME=postgres \
  WERVING_BOOTSTRAP_ADMIN_PASSWORD=$admin_password BENCH_BASELINE_DIR="$work" BENCH_BASELINE_FILE="$work/jobs.html" \
  exec java $java_opts -jar quarkus-run.jar >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 180); do curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done

api() { curl -fs -u admin:$admin_password -H 'Content-Type: application/json' "$@"; }
id=$(api "http://localhost:$port/api/vacancies" -d '{ "title": "Klantenservice medewerker", "team": "Klantenservice",
  "city": "Utrecht", "country": "NL", "workModel": "HYBRID", "contractType": "PERMANENT", "openings": 2, "hoursMin": 32,
  "hoursMax": 40, "languageNl": "C1", "intro": "Je helpt klanten via telefoon, mail en chat.",
  "tasks": "Klantvragen beantwoorden\nOrders verwerken", "mustHaves": "Goed Nederlands", "salaryMin": 2600,
  "salaryMax": 3100 }' | sed -E 's/.*"id":([0-9]+).*/\1/')
api -o /dev/null -X POST "http://localhost:$port/api/vacancies/$id/publish"
curl -fs "http://localhost:$port/jobs" -o "$work/jobs.html"
slug=$(grep -oE 'href="/jobs/[a-z0-9-]+" class="stretched-link"' "$work/jobs.html" | head -1 | sed -E 's/href="\/jobs\/([a-z0-9-]+)".*/\1/')
token=$(curl -fs -c "$work/cookies" -o /dev/null "http://localhost:$port/jobs/$slug"; awk '$6 == "csrf-token" {print $7}' "$work/cookies")

apply() { CSRF_TOKEN=$token SLUG=$slug wrk -t2 -c16 -d"$1" --timeout 10s -s "$bench_dir/bench/apply.lua" "http://localhost:$port"; }
ticks() { awk '{print $14 + $15}' "/proc/$app_pid/stat"; }
postgres_ticks() { for p in $(pgrep -x postgres); do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null; done | awk '{s += $1} END {print s}'; }
stored() { psql -h 127.0.0.1 -U postgres -d "$db" -qtAc "select count(*) from application"; }

if [ -n "${BENCH_READY:-}" ]; then
  touch "$BENCH_READY"
  for _ in $(seq 1 1200); do [ -e "$BENCH_GO" ] && break; sleep 0.1; done
  # A build that was ready first would otherwise start with its start-up code compiled and the other one's still queued.
  sleep 10
fi
apply "$warm" >/dev/null
a0=$(stored); j0=$(ticks); p0=$(postgres_ticks)
apply "$duration" >"$work/wrk.txt"
a1=$(stored); j1=$(ticks); p1=$(postgres_ticks)
n=$((a1 - a0)); hz=$(getconf CLK_TCK)
rate=$(sed -nE 's/^Requests\/sec:[[:space:]]+([0-9.]+).*/\1/p' "$work/wrk.txt")
non3xx=$(sed -nE 's/.*Non-2xx or 3xx responses: ([0-9]+).*/\1/p' "$work/wrk.txt"); non3xx=${non3xx:-0}
echo "$(git -C "$checkout" rev-parse --short HEAD) after $warm: $n applications in $duration ($rate/s), $non3xx errors;" \
  "CPU per application: application $(echo "$j1 $j0 $n $hz" | awk '{printf "%.2f", ($1 - $2) * 1000 / $4 / $3}') ms," \
  "PostgreSQL $(echo "$p1 $p0 $n $hz" | awk '{printf "%.2f", ($1 - $2) * 1000 / $4 / $3}') ms"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db"
