#!/usr/bin/env bash
# Werving careers benchmark, repeatable with one command: bench/run.sh
# - /jobs with 50 open vacancies against a trivial endpoint serving the same bytes (target >= 0.5 of its throughput)
# - the apply POST with a 200 KB PDF (target >= 200 applications/s, 0 errors, every confirmation in the outbox)
# Runs the packaged application on PostgreSQL (127.0.0.1:5432, user postgres), or with DB=h2 on the embedded
# default; load from wrk on the same machine. Writes the numbers into bench/README.md between the markers
# <!-- results-postgresql --> or <!-- results-h2 -->.
set -euo pipefail
cd "$(dirname "$0")/.."

database=${DB:-postgresql}
# The JVM options deploy/README.md recommends: the throughput collector suits a small machine with a busy intake.
java_opts=${BENCH_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC}
duration=${DURATION:-30s}
connections=${CONNECTIONS:-32}
port=${BENCH_PORT:-8095}
db=werving_bench
admin_password=bench-admin-password
work=$(mktemp -d)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

echo "== build (bench profile) for $database"
./mvnw -B -q package -DskipTests -Dquarkus.profile=bench
cp -r target/quarkus-app "$work/"
if [ "$database" = postgresql ]; then
  (cd "$work/quarkus-app" && java -Dquarkus.launch.rebuild=true -Dquarkus.profile=bench -Dquarkus.datasource.db-kind=postgresql \
    -jar quarkus-run.jar >"$work/rebuild.log" 2>&1) || { cat "$work/rebuild.log"; exit 1; }
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" -c "create database $db"
  jdbc_url=jdbc:postgresql://127.0.0.1:5432/$db
  db_label="PostgreSQL 127.0.0.1"
else
  jdbc_url="jdbc:h2:file:$work/h2/werving"
  db_label="H2 embedded (file)"
fi

echo "== start"
(cd "$work/quarkus-app" && QUARKUS_PROFILE=bench QUARKUS_HTTP_PORT=$port \
  QUARKUS_DATASOURCE_JDBC_URL=$jdbc_url QUARKUS_DATASOURCE_USERNAME=postgres \
  WERVING_BOOTSTRAP_ADMIN_PASSWORD=$admin_password BENCH_BASELINE_FILE="$work/jobs.html" \
  exec java $java_opts -jar quarkus-run.jar >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 60); do curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done

echo "== 50 open vacancies through the API"
for i in $(seq 1 50); do
  id=$(curl -fs -u admin:$admin_password -H 'Content-Type: application/json' "http://localhost:$port/api/vacancies" -d "{
    \"title\": \"Klantenservice medewerker $i\", \"team\": \"Klantenservice\", \"city\": \"Utrecht\", \"country\": \"NL\",
    \"workModel\": \"HYBRID\", \"contractType\": \"PERMANENT\", \"openings\": 2, \"hoursMin\": 32, \"hoursMax\": 40,
    \"languageNl\": \"C1\", \"intro\": \"Je helpt klanten via telefoon, mail en chat.\",
    \"tasks\": \"Klantvragen beantwoorden\\nOrders verwerken\", \"mustHaves\": \"Goed Nederlands\",
    \"salaryMin\": 2600, \"salaryMax\": 3100 }" | sed -E 's/.*"id":([0-9]+).*/\1/')
  curl -fs -o /dev/null -u admin:$admin_password -X POST "http://localhost:$port/api/vacancies/$id/publish"
done
curl -fs "http://localhost:$port/jobs" -o "$work/jobs.html"
cards=$(grep -c 'class="wv-job-card"' "$work/jobs.html")
[ "$cards" = 50 ] || { echo "expected 50 vacancies on /jobs, found $cards" >&2; exit 1; }
bytes=$(wc -c < "$work/jobs.html")
curl -fs "http://localhost:$port/bench/baseline" | cmp -s - "$work/jobs.html" || { echo "baseline differs from /jobs" >&2; exit 1; }

rps() { sed -nE 's/^Requests\/sec:[[:space:]]+([0-9.]+).*/\1/p'; }
errors() { sed -nE 's/.*Non-2xx or 3xx responses: ([0-9]+).*/\1/p'; }

echo "== warm-up"
wrk -t2 -c"$connections" -d10s "http://localhost:$port/bench/baseline" >/dev/null
wrk -t2 -c"$connections" -d10s "http://localhost:$port/jobs" >/dev/null

echo "== /jobs against the baseline ($duration each, $connections connections, alternating twice)"
best_base=0; best_jobs=0
for round in 1 2; do
  base=$(wrk -t2 -c"$connections" -d"$duration" "http://localhost:$port/bench/baseline" | tee "$work/base$round.txt" | rps)
  jobs=$(wrk -t2 -c"$connections" -d"$duration" "http://localhost:$port/jobs" | tee "$work/jobs$round.txt" | rps)
  echo "   round $round: baseline $base req/s, /jobs $jobs req/s"
  best_base=$(echo "$base $best_base" | awk '{print ($1 > $2) ? $1 : $2}')
  best_jobs=$(echo "$jobs $best_jobs" | awk '{print ($1 > $2) ? $1 : $2}')
done
ratio=$(echo "$best_jobs $best_base" | awk '{printf "%.2f", $1 / $2}')
jobs_errors=$( (errors < "$work/jobs1.txt"; errors < "$work/jobs2.txt") | awk '{s += $1} END {print s + 0}')

echo "== apply with a 200 KB PDF (10 s warm-up, then twice $duration, 16 connections)"
slug=$(grep -oE 'href="/jobs/[a-z0-9-]+"' "$work/jobs.html" | head -1 | sed -E 's/href="\/jobs\/(.*)"/\1/')
token=$(curl -fs -c "$work/cookies" -o /dev/null -w '' "http://localhost:$port/jobs/$slug"; awk '$6 == "csrf-token" {print $7}' "$work/cookies")
CSRF_TOKEN=$token SLUG=$slug wrk -t2 -c16 -d10s --timeout 10s -s bench/apply.lua "http://localhost:$port" >/dev/null
apply_rps=0
for round in 1 2; do
  CSRF_TOKEN=$token SLUG=$slug wrk -t2 -c16 -d"$duration" --timeout 10s -s bench/apply.lua "http://localhost:$port" > "$work/apply$round.txt"
  rate=$(rps < "$work/apply$round.txt")
  echo "   round $round: $rate applications/s"
  apply_rps=$(echo "$rate $apply_rps" | awk '{print ($1 > $2) ? $1 : $2}')
done
apply_errors=$( (errors < "$work/apply1.txt"; errors < "$work/apply2.txt") | awk '{s += $1} END {print s + 0}')
socket_errors=$(cat "$work/apply1.txt" "$work/apply2.txt" | grep -c "Socket errors" || true)

if [ "$database" = postgresql ]; then
  q() { psql -h 127.0.0.1 -U postgres -d $db -tAc "$1"; }
else
  # The embedded database opens once the application has stopped.
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
  h2_jar=$(ls "$work"/quarkus-app/lib/main/com.h2database.h2-*.jar)
  q() { java -cp "$h2_jar" org.h2.tools.Shell -url "$jdbc_url" -user postgres -sql "$1" | sed -n 2p | tr -d ' '; }
fi
applications=$(q "select count(*) from application")
without_mail=$(q "select count(*) from application a where not exists (select 1 from outbox_mail m where m.candidate_id = a.candidate_id and m.kind = 'application-received')")
with_cv=$(q "select count(distinct application_id) from candidate_document")

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
result=$(cat <<RESULT
Run of $(date -u +%Y-%m-%d) on $(nproc) cores ($cpu), $db_label, JVM \`$java_opts\`, wrk on the same machine, $duration per measurement.

| measurement | result | target |
|---|---|---|
| baseline: fixed $bytes bytes from a trivial endpoint | $best_base req/s | |
| \`/jobs\` with 50 open vacancies ($bytes bytes) | $best_jobs req/s, $jobs_errors errors | |
| ratio \`/jobs\` / baseline | **$ratio** | ≥ 0.5 |
| apply POST, 200 KB PDF, 16 connections (best of two) | **$apply_rps applications/s**, $apply_errors non-3xx answers, $socket_errors socket-error lines | ≥ 200/s, 0 errors |
| applications stored / with CV / without confirmation in the outbox | $applications / $with_cv / $without_mail | every one confirmed |
RESULT
)
echo
echo "$result"
python3 - "$result" "$database" <<'PY'
import re, sys
path = "bench/README.md"
text = open(path, encoding="utf-8").read()
marker = "results-" + sys.argv[2]
text = re.sub(r"(<!-- %s -->\n).*?(\n<!-- /%s -->)" % (marker, marker), lambda m: m.group(1) + sys.argv[1] + m.group(2), text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
