#!/usr/bin/env bash
# Werving booking benchmark, repeatable with one command: bench/booking.sh
# - 200 candidates book one group session of 40 seats at the same moment, each from their own browser session (booking
#   page opened first for its cookies and CSRF token, then all POST at once): target 40 booked, 160 told it is full
#   (409), 0 errors, p99 < 300 ms, measured next to the same burst for a static file; the slot's counter and the
#   booking rows are checked in the database afterwards.
# Runs the packaged application on PostgreSQL (127.0.0.1:5432, user postgres). Writes the numbers into bench/README.md
# between the markers <!-- results-booking-postgresql -->. REUSE_BUILD=1 skips the Maven package step; WARMUP_ROUNDS
# (default 40) sets how many bursts come before the measured ones, MEASURED_ROUNDS (default 5) how many are measured.
set -euo pipefail
cd "$(dirname "$0")/.."

candidates=${CANDIDATES:-200}
seats=${SEATS:-40}
warmup=${WARMUP_ROUNDS:-40}
measured=${MEASURED_ROUNDS:-5}
java_opts=${BENCH_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC}
port=${BENCH_PORT:-8192}
management_port=${BENCH_MANAGEMENT_PORT:-9192}
db=${BENCH_DB:-werving_bench_booking}
admin_password=bench-paars-fietspad-onweer
work=$(mktemp -d)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  [ -f "$work/app.log" ] && tail -20 "$work/app.log"
  rm -rf "$work"
}
trap cleanup EXIT

if [ "${REUSE_BUILD:-0}" != 1 ]; then
  echo "== build (bench profile)"
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=bench
fi
cp -r target/quarkus-app "$work/"
(cd "$work/quarkus-app" && java -Dquarkus.launch.rebuild=true -Dquarkus.profile=bench -Dquarkus.datasource.db-kind=postgresql \
  -jar quarkus-run.jar >"$work/rebuild.log" 2>&1) || { cat "$work/rebuild.log"; exit 1; }
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" -c "create database $db"
jdbc_url=jdbc:postgresql://127.0.0.1:5432/$db

echo "== start"
# Another application on the port would answer the health check and take the load.
if curl -s -m 2 -o /dev/null "http://localhost:$port/"; then echo "port $port is in use: set BENCH_PORT" >&2; exit 1; fi
(cd "$work/quarkus-app" && QUARKUS_PROFILE=bench QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$management_port \
  QUARKUS_DATASOURCE_JDBC_URL=$jdbc_url QUARKUS_DATASOURCE_USERNAME=postgres \
  WERVING_BOOTSTRAP_ADMIN_PASSWORD=$admin_password BENCH_BASELINE_DIR="$work" \
  exec java $java_opts -jar quarkus-run.jar >>"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 300); do
  curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || { echo "the application did not start" >&2; exit 1; }
  sleep 1
done

api() { curl -fs -u admin:$admin_password -H 'Content-Type: application/json' "$@"; }
# A published vacancy with this title; prints its id.
published_vacancy() {
  local id
  id=$(api "http://localhost:$port/api/vacancies" -d '{ "title": "'"$1"'", "team": "Klantenservice",
    "city": "Utrecht", "country": "NL", "workModel": "HYBRID", "contractType": "PERMANENT", "openings": 40, "hoursMin": 32,
    "hoursMax": 40, "languageNl": "C1", "intro": "Je helpt klanten via telefoon, mail en chat.", "tasks": "Klantvragen beantwoorden",
    "mustHaves": "Goed Nederlands", "salaryMin": 2600, "salaryMax": 3100 }' | sed -E 's/.*"id":([0-9]+).*/\1/')
  api -o /dev/null -X POST "http://localhost:$port/api/vacancies/$id/publish"
  echo "$id"
}
# A published vacancy with $candidates candidates in its role-play stage and two moments of $seats seats, the first of
# which they all go for: the seed file (slot id, then the candidates' booking pages) goes to $2. A second moment, so a
# refused candidate's page offers another one, as it would in real use.
seeded_vacancy() {
  local id
  id=$(published_vacancy "$1")
  api -X POST "http://localhost:$port/api/bench/vacancies/$id/booking-seed?count=$candidates&seats=$seats" >"$2"
  api -o /dev/null -X POST "http://localhost:$port/api/bench/vacancies/$id/booking-seed?count=0&seats=$seats"
}

# The same burst first, round after round, each on a vacancy of its own seeded the same way, until the JIT compiler has
# compiled the path for this shape of page: a running instance has long done that, and its compiling on the same two
# cores would be measured as the booking's time.
echo "== $warmup warm-up rounds"
warming=()
for round in $(seq 1 "$warmup"); do
  seeded_vacancy "Klantenservice warming-up $round" "$work/warmup.txt"
  result=$(java bench/BookingLoad.java "http://localhost:$port" "$work/warmup.txt")
  echo "warm-up $round: $result"
  warming+=("$round: $(echo "$result" | sed -E 's/.* p99=([0-9]+) .*/\1/') ms")
done

echo "== $measured bursts measured: $candidates candidates book $seats seats at once, on a vacancy each"
pq() { psql -h 127.0.0.1 -U postgres -d "$db" -tAc "$1"; }
get() { echo "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
results=()
outcomes=()
for round in $(seq 1 "$measured"); do
  seeded_vacancy "Klantenservice medewerker groepsvoorlichting $round" "$work/seed.txt"
  slot=$(head -1 "$work/seed.txt")
  result=$(java bench/BookingLoad.java "http://localhost:$port" "$work/seed.txt")
  counter=$(pq "select booked from slot where id = $slot")
  rows=$(pq "select count(*) from booking where slot_id = $slot")
  echo "burst $round: $result counter=$counter rows=$rows"
  results+=("$result")
  outcomes+=("$(get booked "$result") booked, $(get full "$result") full, $(get errors "$result") errors, counter $counter, rows $rows")
  [ "$(get booked "$result")" = "$seats" ] && [ "$(get errors "$result")" = 0 ] && [ "$counter" = "$seats" ] && [ "$rows" = "$seats" ] \
    || { echo "booking benchmark: wrong outcome in burst $round" >&2; exit 1; }
done
# Each figure over the measured bursts: every burst's value in order, and their median.
each() { local key=$1 r; for r in "${results[@]}"; do get "$key" "$r"; done; }
listed() { each "$1" | paste -sd ',' | sed 's/,/, /g'; }
median() { each "$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
distinct_outcomes=$(printf '%s\n' "${outcomes[@]}" | sort -u | paste -sd ';')

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
header="Run of $(date -u +%Y-%m-%d) on $(nproc) cores ($cpu), PostgreSQL 127.0.0.1, JVM \`$java_opts\`, client curl (one session and one connection per candidate, all sent at once) on the same machine; $warmup warm-up bursts, then $measured measured bursts, each burst on a vacancy of its own."
python3 - "$header

| measurement ($measured bursts) | result | target |
|---|---|---|
| $candidates booking POSTs at once for one slot of $seats seats | every burst: $distinct_outcomes (303 booked, 409 told it is full) | $seats booked |
| errors (anything else) | **$(listed errors)** | 0 |
| server answer time, p99 | **median $(median p99) ms**; per burst $(listed p99) ms | < 300 ms |
| server answer time, p50 and max | p50 median $(median p50) ms; max per burst $(listed max) ms | |
| all $candidates answered within | $(listed wall) ms | |
| floor: the same burst for the 360-byte logo, p99 | median $(median trivial_p99) ms | |
| p99 of warm-up bursts 1, 10, 20, 30, 40 | $(printf '%s\n' "${warming[@]}" | grep -E '^(1|10|20|30|40):' | paste -sd ';' | sed 's/;/, /g') | |" <<'PY'
import re, sys
path = "bench/README.md"
text = open(path, encoding="utf-8").read()
marker = "results-booking-postgresql"
text = re.sub(r"(<!-- %s -->\n)(?:.*?\n)?(<!-- /%s -->)" % (marker, marker), lambda m: m.group(1) + sys.argv[1] + "\n" + m.group(2), text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
