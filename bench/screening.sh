#!/usr/bin/env bash
# Werving screening benchmark, repeatable with one command: bench/screening.sh
# - two vacancies alike (weekend work, 24-36 hours, CV optional); one asks two ready-made screening questions with their
#   knock-out rules (weekend work = no; fewer than 24 hours), the other asks nothing
# - APPLICATIONS (600) applications through the real apply form to each, interleaved one by one so both see the same
#   machine; on the screening vacancy every other applicant cannot work weekends and is knocked out
# - target: the questions and the knock-out decision add < 5 ms per application (difference of the medians)
# Runs the packaged application on PostgreSQL (127.0.0.1:5432, user postgres), or with DB=h2 on the embedded default.
# Writes the numbers into bench/README.md between the markers <!-- results-screening-<database> -->.
set -euo pipefail
cd "$(dirname "$0")/.."

database=${DB:-postgresql}
applications=${APPLICATIONS:-600}
java_opts=${BENCH_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC}
port=${BENCH_PORT:-8096}
db=${BENCH_DB:-werving_bench_screening}
admin_password=bench-paars-fietspad-onweer
work=$(mktemp -d)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

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
  WERVING_BOOTSTRAP_ADMIN_PASSWORD=$admin_password BENCH_BASELINE_DIR="$work" \
  exec java $java_opts -jar quarkus-run.jar >>"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 180); do curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done

base="http://localhost:$port"
api() { curl -fs -u admin:$admin_password -H 'Content-Type: application/json' "$@"; }
new_vacancy() {
  api "$base/api/vacancies" -d "{ \"title\": \"$1\", \"team\": \"Klantenservice\", \"city\": \"Zwolle\", \"country\": \"NL\",
    \"workModel\": \"ON_SITE\", \"contractType\": \"PERMANENT\", \"openings\": 30, \"hoursMin\": 24, \"hoursMax\": 36,
    \"weekendWork\": true, \"languageNl\": \"B2\", \"intro\": \"Je helpt klanten in het weekend.\",
    \"tasks\": \"Klantvragen beantwoorden\", \"mustHaves\": \"Beschikbaar in het weekend\",
    \"salaryMin\": 2400, \"salaryMax\": 2800, \"cvOptional\": true }" | sed -E 's/.*"id":([0-9]+).*/\1/'
}
plain=$(new_vacancy "Weekendagent zonder vragen")
screened=$(new_vacancy "Weekendagent met vragen")
for id in $plain $screened; do api -o /dev/null -X POST "$base/api/vacancies/$id/publish"; done
slug_of() { api "$base/api/vacancies/$1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["slug"])'; }
plain_slug=$(slug_of "$plain"); screened_slug=$(slug_of "$screened")

echo "== screening questions with their knock-out rules, through the recruiter's page"
curl -fs -o /dev/null -c "$work/admin" -d "j_username=admin&j_password=$admin_password" "$base/j_security_check"
admin_cookie=$(awk '$6 == "quarkus-credential" || $6 == "werving-session" {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$work/admin")
csrf=$(curl -fs -c "$work/csrf" -H "Cookie: $admin_cookie" -o /dev/null "$base/app/vacancies/$screened/screening"; awk '$6 == "csrf-token" {print $7}' "$work/csrf")
for kind in WEEKEND HOURS; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $admin_cookie; csrf-token=$csrf" \
    -d "csrf-token=$csrf&kind=$kind&withRule=true" "$base/app/vacancies/$screened/screening/questions/ready")
  [ "$code" = 303 ] || { echo "adding question $kind answered $code" >&2; exit 1; }
done
curl -fs -H "Cookie: $admin_cookie" "$base/app/vacancies/$screened/screening" -o "$work/screening.html"
grep -q "Versie 2" "$work/screening.html" || { echo "the rules are not in version 2" >&2; exit 1; }
curl -fs "$base/jobs/$screened_slug" -o "$work/job.html"
weekend_q=$(grep -oE 'name="q[0-9]+" value="yes"' "$work/job.html" | head -1 | sed -E 's/name="(q[0-9]+)".*/\1/')
hours_q=$(grep -oE 'type="number" class="form-control wv-screening-number[^"]*" id="f-q[0-9]+"' "$work/job.html" | sed -E 's/.*id="f-(q[0-9]+)"/\1/')
[ -n "$weekend_q" ] && [ -n "$hours_q" ] || { echo "the apply form does not ask the questions" >&2; exit 1; }

token=$(curl -fs -c "$work/visitor" -o /dev/null "$base/jobs/$plain_slug"; awk '$6 == "csrf-token" {print $7}' "$work/visitor")
apply() { # slug, email, extra -F arguments...; prints "status seconds"
  local slug=$1 email=$2; shift 2
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Cookie: csrf-token=$token" -F "csrf-token=$token" \
    -F "fullName=Bench Kandidaat" -F "email=$email" -F "phone=0612345678" "$@" "$base/jobs/$slug/apply"
}
echo "== warm-up: 100 applications each"
for i in $(seq 1 100); do
  apply "$plain_slug" "warm-$i@voorbeeld.nl" >/dev/null
  apply "$screened_slug" "warm-$i@voorbeeld.nl" -F "$weekend_q=yes" -F "$hours_q=30" >/dev/null
done
echo "== $applications applications to each vacancy, interleaved"
for i in $(seq 1 "$applications"); do
  apply "$plain_slug" "plain-$i@voorbeeld.nl" >> "$work/plain.txt"
  if (( i % 2 )); then answer=no; else answer=yes; fi
  apply "$screened_slug" "screened-$i@voorbeeld.nl" -F "$weekend_q=$answer" -F "$hours_q=30" >> "$work/screened.txt"
done

stats() { # median, p90, mean in ms of the second column
  awk '{print $2 * 1000}' "$1" | sort -n | awk '{ v[NR] = $1; s += $1 } END {
    printf "%.1f %.1f %.1f", v[int((NR + 1) / 2)], v[int(NR * 0.9)], s / NR }'
}
read -r plain_median plain_p90 plain_mean <<< "$(stats "$work/plain.txt")"
read -r screened_median screened_p90 screened_mean <<< "$(stats "$work/screened.txt")"
# Odd lines were knocked out (weekend = no), even ones passed the rules.
awk 'NR % 2 == 0' "$work/screened.txt" > "$work/passed.txt"; awk 'NR % 2 == 1' "$work/screened.txt" > "$work/knocked.txt"
read -r passed_median passed_p90 passed_mean <<< "$(stats "$work/passed.txt")"
read -r knocked_median knocked_p90 knocked_mean <<< "$(stats "$work/knocked.txt")"
decision=$(awk -v a="$passed_median" -v b="$plain_median" 'BEGIN { printf "%.1f", a - b }')
outcome=$(awk -v a="$knocked_median" -v b="$passed_median" 'BEGIN { printf "%.1f", a - b }')
added=$(awk -v a="$screened_median" -v b="$plain_median" 'BEGIN { printf "%.1f", a - b }')
not_303=$(cat "$work/plain.txt" "$work/screened.txt" | awk '$1 != 303' | wc -l)
knocked=$(grep -c . "$work/screened.txt")
if [ "$database" = postgresql ]; then
  q() { psql -h 127.0.0.1 -U postgres -d $db -tAc "$1"; }
  knocked=$(q "select count(*) from application a join vacancy v on v.id = a.vacancy_id where v.id = $screened and a.knockout_rule_id is not null and a.candidate_id in (select id from candidate where email like 'screened-%')")
  answers=$(q "select count(*) from screening_answer")
else
  answers="(not counted on H2)"
fi
echo "   without questions: median $plain_median ms; passed: $passed_median ms; knocked out: $knocked_median ms; knocked out $knocked"

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
result="Run of $(date -u +%Y-%m-%d) on $(nproc) cores ($cpu), $db_label, JVM \`$java_opts\`, curl one request at a time on the same machine (shared with other work), $applications applications per vacancy after 100 each to warm up.

| measurement | result | target |
|---|---|---|
| apply without screening questions (no CV) | median $plain_median ms, p90 $plain_p90 ms, mean $plain_mean ms | |
| apply with 2 questions and 2 knock-out rules (no CV), every other one knocked out | median $screened_median ms, p90 $screened_p90 ms, mean $screened_mean ms | |
| of these, the $((applications / 2)) that passed the rules | median $passed_median ms, p90 $passed_p90 ms, mean $passed_mean ms | |
| of these, the $((applications / 2)) knocked out | median $knocked_median ms, p90 $knocked_p90 ms, mean $knocked_mean ms | |
| added by reading, judging and storing the answers (passed − without) | **$decision ms** per application (difference of the medians) | < 5 ms |
| added by ending a knocked-out application (knocked out − passed: outcome, kind mail rendered and queued, audit) | $outcome ms | |
| added on average over all 600 (with − without) | $added ms | |
| knocked out (of $applications) / answers stored | $knocked / $answers | $((applications / 2)) / — |
| answers other than 303 | $not_303 | 0 |"
echo; echo "$result"
python3 - "screening-$database" "$result" <<'PY'
import re, sys
path = "bench/README.md"
text = open(path, encoding="utf-8").read()
marker = "results-" + sys.argv[1]
if "<!-- %s -->" % marker not in text:
    text += "\n<!-- %s -->\n<!-- /%s -->\n" % (marker, marker)
text = re.sub(r"(<!-- %s -->\n)(?:.*?\n)?(<!-- /%s -->)" % (marker, marker), lambda m: m.group(1) + sys.argv[2] + "\n" + m.group(2), text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
