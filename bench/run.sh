#!/usr/bin/env bash
# Werving benchmark, repeatable with one command: bench/run.sh
# careers part:
# - /jobs with 50 open vacancies against a trivial endpoint serving the same bytes (target >= 0.5 of its throughput), and
#   with a query parameter the page does not know, different on every request (served from the cache all the same)
# - the apply POST with a 200 KB PDF (target >= 200 applications/s, 0 errors, every confirmation in the outbox)
# board part:
# - a recruiter's board of a vacancy with 2,000 active candidates (target: median server time < 50 ms, page < 300 KB)
# purge part (PostgreSQL only, PARTS=purge):
# - purging 10,000 and 100,000 candidates past the retention term, each with what a real one has (CV, note, motivation,
#   status links, for some a talent-pool consent) (target: 100,000 under 60 s, time(100k) / time(10k) <= 11), while a
#   recruiter keeps loading a board
# search part (PostgreSQL only, PARTS=search):
# - the candidate search over 100,000 candidates on 10 vacancies, by name, e-mail, phone, filters and none (target: median
#   server time < 100 ms for each), and by tags
# reports part (PostgreSQL only, PARTS=reports):
# - each report of the reports page (as its card asks for it, and as CSV) and the interviewer calibration over 200,000
#   historical applications of two years on 20 vacancies, most of them purged already, with their stage history, booking
#   facts and interviews (target: every report < 500 ms)
# purge-kill part (PostgreSQL only, PARTS=purge-kill):
# - a purge of 50,000 candidates killed with kill -9 halfway: every candidate left must be whole, and after a restart the
#   next run must finish the work
# Runs the packaged application on PostgreSQL (127.0.0.1:5432, user postgres), or with DB=h2 on the embedded
# default; load from wrk on the same machine. PARTS="board" (or "careers") runs one part. Writes the numbers into
# bench/README.md between the markers <!-- results-<part>-<database> -->.
set -euo pipefail
cd "$(dirname "$0")/.."

database=${DB:-postgresql}
parts=${PARTS:-careers board}
board_candidates=${BOARD_CANDIDATES:-2000}
purge_sizes=${PURGE_SIZES:-10000 100000}
search_candidates=${SEARCH_CANDIDATES:-100000}
search_duration=${SEARCH_DURATION:-10s}
report_applications=${REPORT_APPLICATIONS:-200000}
# The JVM options deploy/README.md recommends: the throughput collector suits a small machine with a busy intake.
java_opts=${BENCH_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC}
duration=${DURATION:-30s}
connections=${CONNECTIONS:-32}
port=${BENCH_PORT:-8095}
results_set=${RESULTS_SET:-}
db=${BENCH_DB:-werving_bench}
admin_password=bench-paars-fietspad-onweer
work=$(mktemp -d)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

echo "== build (bench profile) for $database"
# SKIP_BUILD=1 reuses target/quarkus-app from the last bench build of the same sources.
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B -q package -DskipTests -Dquarkus.profile=bench
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

start_app() {
  echo "== start"
  (cd "$work/quarkus-app" && QUARKUS_PROFILE=bench QUARKUS_HTTP_PORT=$port \
    QUARKUS_DATASOURCE_JDBC_URL=$jdbc_url QUARKUS_DATASOURCE_USERNAME=postgres \
    WERVING_BOOTSTRAP_ADMIN_PASSWORD=$admin_password BENCH_BASELINE_DIR="$work" \
    exec java $java_opts -jar quarkus-run.jar >>"$work/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 180); do curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
}
start_app


api() { curl -fs -u admin:$admin_password -H 'Content-Type: application/json' "$@"; }
vacancy_json() {
  echo "{ \"title\": \"$1\", \"team\": \"Klantenservice\", \"city\": \"Utrecht\", \"country\": \"NL\",
    \"workModel\": \"HYBRID\", \"contractType\": \"PERMANENT\", \"openings\": 2, \"hoursMin\": 32, \"hoursMax\": 40,
    \"languageNl\": \"C1\", \"intro\": \"Je helpt klanten via telefoon, mail en chat.\",
    \"tasks\": \"Klantvragen beantwoorden\\nOrders verwerken\", \"mustHaves\": \"Goed Nederlands\",
    \"salaryMin\": 2600, \"salaryMax\": 3100 }"
}
new_vacancy() { api "http://localhost:$port/api/vacancies" -d "$(vacancy_json "$1")" | sed -E 's/.*"id":([0-9]+).*/\1/'; }
# A login is the login cookie plus the server-side session's token, both from curl's cookie jar.
login_cookies() { awk '$6 == "quarkus-credential" || $6 == "werving-session" {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$1"; }
rps() { sed -nE 's/^Requests\/sec:[[:space:]]+([0-9.]+).*/\1/p'; }
errors() { sed -nE 's/.*Non-2xx or 3xx responses: ([0-9]+).*/\1/p'; }
# A percentile from wrk --latency output, in milliseconds.
percentile() { awk -v p="$1%" '$1 == p { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
  print (u == "us") ? v / 1000 : (u == "s") ? v * 1000 : v }'; }

if [[ " $parts " == *" board "* ]]; then
echo "== board: $board_candidates active candidates on one vacancy"
board_id=$(new_vacancy "Klantenservice medewerker, grote instroom")
api -o /dev/null -X POST "http://localhost:$port/api/bench/vacancies/$board_id/board-seed?count=$board_candidates"
first_stage=$(api "http://localhost:$port/api/vacancies/$board_id/stages" | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])')
# A recruiter's browser session: form login, then the session cookie on every request.
curl -fs -o /dev/null -c "$work/session" -d "j_username=admin&j_password=$admin_password" "http://localhost:$port/j_security_check"
session="Cookie: $(login_cookies "$work/session")"
board_url="http://localhost:$port/app/vacancies/$board_id/board"
curl -fs -H "$session" "$board_url" -o "$work/board.html"
grep -q "$board_candidates actieve sollicitaties" "$work/board.html" || { echo "the board does not show $board_candidates candidates" >&2; exit 1; }
board_bytes=$(wc -c < "$work/board.html")
board_cards=$(grep -o '<li class="wv-bcard' "$work/board.html" | wc -l)
column_cards=$(curl -fs -H "$session" "$board_url?stage=$first_stage" | grep -o '<li class="wv-bcard' | wc -l)
wrk -t1 -c1 -d10s -H "$session" "$board_url" >/dev/null
echo "== board timed: one recruiter ($duration, 1 connection), then 8 recruiters at once"
wrk -t1 -c1 -d"$duration" --latency -H "$session" "$board_url" > "$work/board1.txt"
wrk -t1 -c1 -d"$duration" --latency -H "$session" "$board_url?stage=$first_stage" > "$work/column1.txt"
wrk -t2 -c8 -d"$duration" --latency -H "$session" "$board_url" > "$work/board8.txt"
board_median=$(percentile 50 < "$work/board1.txt"); board_p90=$(percentile 90 < "$work/board1.txt"); board_p99=$(percentile 99 < "$work/board1.txt")
column_median=$(percentile 50 < "$work/column1.txt")
busy_median=$(percentile 50 < "$work/board8.txt"); busy_rps=$(rps < "$work/board8.txt")
board_errors=$( (errors < "$work/board1.txt"; errors < "$work/column1.txt"; errors < "$work/board8.txt") | awk '{s += $1} END {print s + 0}')
echo "   median $board_median ms (p90 $board_p90, p99 $board_p99); one column expanded: $column_median ms; 8 at once: $busy_rps req/s"
fi


pq() { psql -h 127.0.0.1 -U postgres -d $db -v ON_ERROR_STOP=1 -qtAc "$1"; }
# The admin's browser session on the privacy page: login cookie and CSRF token (again after a restart).
admin_session() {
  curl -fs -o /dev/null -c "$work/admin" -d "j_username=admin&j_password=$admin_password" "http://localhost:$port/j_security_check"
  admin_cookie="Cookie: $(login_cookies "$work/admin")"
  csrf=$(curl -fs -c "$work/csrf" -H "$admin_cookie" -o /dev/null "http://localhost:$port/app/privacy"; awk '$6 == "csrf-token" {print $7}' "$work/csrf")
}
purge_now() {
  curl -s -o /dev/null -w '%{http_code}' -H "$admin_cookie; csrf-token=$csrf" -d "csrf-token=$csrf" "http://localhost:$port/app/privacy/purge"
}
# Invented people whose procedure ended 60 days ago, ids from $2 + 1, with what a real candidate has: a rejected
# application with its motivation, a 4 KB CV of random bytes, a note, the status link from the application's mail and,
# for every second one, an expired link from an earlier mail (1.5 links each), and for one in five a talent-pool consent
# they withdrew. Links get the ids 2 * id and 2 * id + 1.
# Stored as the application stores them since personal data is encrypted at rest: each candidate has a data key in
# candidate_key (60 random bytes as a wrapped key: the purge deletes keys and never unwraps one), and the CV, motivation
# and note, and name, e-mail address and phone, are sealed bytes (format byte 0xC1, key version 0x01, then random bytes
# as long as a sealed value), the e-mail key a hash's length, so the rows are as large as real ones. Nothing is listed
# for the catch-up encryption: these rows are sealed already.
seed_purgeable() {
  local size=$1 base=$2
  echo "   seeding $size candidates"
  pq "insert into candidate (id, full_name, email, email_key, phone, locale, created_at, version)
      select $base + g, decode('c101', 'hex') || decode(md5(random()::text || g) || md5(random()::text || g || 'n'), 'hex'),
             decode('c101', 'hex') || decode(md5(random()::text || g || 'e') || md5(random()::text || g || 'f'), 'hex'),
             substring(md5('bench' || ($base + g)) from 1 for 22),
             decode('c101', 'hex') || decode(md5(random()::text || g || 'p') || md5(random()::text || g || 'q'), 'hex'),
             'nl', now() - interval '200 days', 0 from generate_series(1, $size) g"
  pq "insert into application (id, vacancy_id, candidate_id, stage_id, status, source, applied_at, stage_entered_at, ended_at, version)
      select $base + g, $purge_vacancy, $base + g, $purge_stage, 'REJECTED', 'SITE', now() - interval '80 days',
             now() - interval '80 days', now() - interval '60 days', 0 from generate_series(1, $size) g"
  pq "insert into candidate_document (id, candidate_id, application_id, kind, file_name, content_type, size_bytes, content, created_at)
      select $base + g, $base + g, $base + g, 'CV', 'cv.pdf', 'application/pdf', 4096,
             decode('c101', 'hex') || (select decode(string_agg(md5(random()::text || g || s.i), ''), 'hex') from generate_series(1, 256) s(i)),
             now() - interval '80 days'
      from generate_series(1, $size) g"
  pq "insert into candidate_key (candidate_id, wrapped_key, master_key_id, created_at)
      select $base + g, substring(decode(md5(random()::text || g) || md5(random()::text || g || 'b') || md5(random()::text || g || 'c')
             || md5(random()::text || g || 'd'), 'hex') from 1 for 60), 'bench', now() - interval '80 days'
      from generate_series(1, $size) g"
  # A note and a motivation sealed: random bytes as long as the text they stood for.
  pq "insert into candidate_note (id, candidate_id, application_id, body, created_at)
      select $base + g, $base + g, $base + g, decode('c101', 'hex') || (select substring(decode(string_agg(md5(random()::text || g || s.i), ''), 'hex')
             from 1 for octet_length(t.body)) from generate_series(1, octet_length(t.body) / 16 + 1) s(i)), now() - interval '70 days'
      from generate_series(1, $size) g, lateral (select 'Telefonisch gesprek: rustig, vatte goed samen. Bench ' || g as body) t"
  pq "insert into candidate_motivation (id, candidate_id, application_id, body)
      select $base + g, $base + g, $base + g, decode('c101', 'hex') || (select substring(decode(string_agg(md5(random()::text || g || s.i), ''), 'hex')
             from 1 for octet_length(t.body)) from generate_series(1, octet_length(t.body) / 16 + 1) s(i))
      from generate_series(1, $size) g, lateral (select 'Ik werk al drie jaar in de klantenservice van een webwinkel en haal veel voldoening uit '
             || 'een klant die boos belt en tevreden ophangt. Ik ben rustig aan de telefoon, schrijf foutloos Nederlands en redelijk '
             || 'Engels, en werk graag in wisselende diensten. Bij jullie wil ik leren om ook zakelijke klanten te helpen. Bench ' || g as body) t"
  pq "insert into candidate_token (id, candidate_id, token_hash, purpose, created_at, expires_at)
      select 2 * ($base + g), $base + g, encode(sha256(('bench-status-' || ($base + g))::bytea), 'hex'), 'STATUS',
             now() - interval '80 days', now() + interval '100 days' from generate_series(1, $size) g
      union all
      select 2 * ($base + g) + 1, $base + g, encode(sha256(('bench-expired-' || ($base + g))::bytea), 'hex'), 'STATUS',
             now() - interval '200 days', now() - interval '20 days' from generate_series(1, $size) g where g % 2 = 0"
  pq "insert into consent_record (id, candidate_id, purpose, text_version, channel, given_at, withdrawn_at)
      select $base + g, $base + g, 'TALENT_POOL', 'talentpool-2026-01', 'APPLY_FORM', now() - interval '80 days', now() - interval '40 days'
      from generate_series(1, $size) g where g % 5 = 0"
  # Weeks-old rows have long been vacuumed; freshly inserted ones would make the purge set their hint bits first.
  pq "vacuum analyze"
}
if [[ " $parts " == *" purge "* || " $parts " == *" purge-kill "* ]]; then
  [ "$database" = postgresql ] || { echo "the purge benchmarks run on PostgreSQL" >&2; exit 1; }
  purge_vacancy=$(new_vacancy "Klantenservice medewerker, oude procedure")
  purge_stage=$(api "http://localhost:$port/api/vacancies/$purge_vacancy/stages" | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])')
  admin_session
fi

if [[ " $parts " == *" purge "* ]]; then
echo "== purge: candidates past the retention term, each with a CV, a note, a motivation, status links, some a consent"
busy_vacancy=$(new_vacancy "Klantenservice medewerker, lopende procedure")
api -o /dev/null -X POST "http://localhost:$port/api/bench/vacancies/$busy_vacancy/board-seed?count=300"
purge_rows=""
base=50000000
for size in $purge_sizes; do
  seed_purgeable "$size" "$base"
  echo "   purging $size candidates while a recruiter loads a board"
  wrk -t1 -c2 -d600s --latency -H "$admin_cookie" "http://localhost:$port/app/vacancies/$busy_vacancy/board" > "$work/purge-board-$size.txt" &
  wrk_pid=$!
  sleep 2
  status=$(purge_now)
  kill -INT $wrk_pid 2>/dev/null || true; wait $wrk_pid 2>/dev/null || true
  [ "$status" = 303 ] || { echo "the purge was refused: HTTP $status" >&2; exit 1; }
  seconds=$(pq "select extract(epoch from finished_at - started_at) from purge_run order by id desc limit 1")
  purged=$(pq "select purged from purge_run order by id desc limit 1")
  left=$(pq "select count(*) from candidate where id > $base")
  kept=$(pq "select count(*) from application where id > $base and candidate_id is null")
  purge_board_median=$(percentile 50 < "$work/purge-board-$size.txt"); purge_board_p99=$(percentile 99 < "$work/purge-board-$size.txt")
  purge_board_errors=$(errors < "$work/purge-board-$size.txt" | awk '{s += $1} END {print s + 0}')
  echo "   $purged purged in $seconds s; board meanwhile median $purge_board_median ms, p99 $purge_board_p99 ms"
  eval "purge_seconds_$size=$seconds"
  if [ "$size" -ge 100000 ]; then target='< 60 s'; else target=''; fi
  purge_rows="$purge_rows
| purge $size candidates (key, sealed CV 4 KB, sealed note and motivation, 1.5 status links each; 1 in 5 a consent) | **$(printf '%.1f' "$seconds") s**, $purged purged, $left left, $kept applications kept without the person | $target |
| board during that purge, 2 connections | median $purge_board_median ms, p99 $purge_board_p99 ms, $purge_board_errors non-2xx | answered |"
  base=$((base + size))
done
first=${purge_sizes%% *}; last=${purge_sizes##* }
ratio=$(eval "echo \$purge_seconds_$last \$purge_seconds_$first" | awk '{printf "%.1f", $1 / $2}')
fi

if [[ " $parts " == *" search "* ]]; then
echo "== search: $search_candidates candidates across 10 vacancies, found by name, e-mail, phone and filters"
[ "$database" = postgresql ] || { echo "the search benchmark runs on PostgreSQL" >&2; exit 1; }
# Invented people as an intake has them: 40 first names, 50 surnames (many shared, as in real life), an e-mail made of
# both, a mobile number, spread over 10 vacancies and the last 180 days, one in three ended, from five sources.
base=70000000
per_vacancy=$((search_candidates / 10))
for v in $(seq 0 9); do
  vacancy=$(new_vacancy "Klantenservice medewerker, zoekbenchmark $v")
  stage=$(api "http://localhost:$port/api/vacancies/$vacancy/stages" | python3 -c 'import json, sys; print(json.load(sys.stdin)[1]["id"])')
  first=$((base + v * per_vacancy))
  # Written as V41 finds a row from before sealing (UTF-8, listed): the catch-up seals and hashes them (below).
  pq "insert into candidate (id, full_name, email, email_key, phone, locale, created_at, version)
      select $first + g, convert_to(f.name || ' ' || l.name, 'UTF8'),
             convert_to(lower(f.name) || '.' || replace(lower(l.name), ' ', '') || ($first + g) || '@voorbeeld.nl', 'UTF8'),
             lower(f.name) || '.' || replace(lower(l.name), ' ', '') || ($first + g) || '@voorbeeld.nl',
             convert_to('06 ' || (20000000 + $first - $base + g), 'UTF8'), 'nl', now() - (g % 180) * interval '1 day', 0
      from generate_series(1, $per_vacancy) g
      join (select row_number() over () - 1 as i, n as name from unnest(array['Anna','Bram','Chantal','Daan','Eva','Fleur','Gijs',
        'Hanna','Ilse','Jesse','Kim','Lars','Lotte','Milan','Noor','Olaf','Puck','Quinten','Roos','Sem','Tess','Umut','Vera',
        'Wouter','Yara','Zoë','Ahmed','Fatima','Mohamed','Samira','Kevin','Naomi','Dewi','Rik','Sanne','Thijs','Iris','Mees',
        'Julia','Bas']) n) f on f.i = g % 40
      join (select row_number() over () - 1 as i, n as name from unnest(array['de Jong','Jansen','de Vries','van den Berg','van Dijk',
        'Bakker','Janssen','Visser','Smit','Meijer','de Boer','Mulder','de Groot','Bos','Vos','Peters','Hendriks','van Leeuwen',
        'Dekker','Brouwer','de Wit','Dijkstra','Smits','de Graaf','van der Meer','Yilmaz','El Amrani','Kaya','Bouzid','Peeters',
        'Maes','Claes','Willems','Goossens','Wouters','Dubois','Lambert','Martens','Jacobs','Mertens','Verhoeven','Kuipers',
        'Koster','Prins','Huisman','Postma','Kramer','Veenstra','Hoekstra','van Wijk']) n) l on l.i = (g / 40) % 50"
  pq "insert into application (id, vacancy_id, candidate_id, stage_id, status, source, applied_at, stage_entered_at, ended_at, version)
      select $first + g, $vacancy, $first + g, $stage,
             case when g % 3 = 0 then 'REJECTED' else 'ACTIVE' end,
             (array['SITE','LINKEDIN','INDEED','REFERRAL','AGENCY'])[1 + g % 5],
             now() - (g % 180) * interval '1 day', now() - (g % 180) * interval '1 day',
             case when g % 3 = 0 then now() - (g % 180) * interval '1 day' + interval '5 days' end, 0
      from generate_series(1, $per_vacancy) g"
done
pq "insert into candidate_plain (candidate_id) select id from candidate where id > $base"
echo "   sealing and hashing them (the encryption catch-up, every 30 s in the bench profile)"
until [ "$(pq "select count(*) from candidate_plain")" = 0 ]; do sleep 5; done
# Tags as recruiters use them: one in four candidates can work evenings, one in ten speaks German (half of those work evenings too).
pq "insert into tag (id, name, name_key, colour, version) values ($base + 1, 'Avonden', 'avonden', 'BLUE', 0),
      ($base + 2, 'Duits', 'duits', 'GREEN', 0)"
pq "insert into candidate_tag (id, candidate_id, tag_id, added_at)
      select $base + c.id - $base, c.id, $base + 1, now() from candidate c where c.id > $base and c.id % 4 = 0
      union all select 2 * $base + c.id - $base, c.id, $base + 2, now() from candidate c where c.id > $base and c.id % 10 = 0"
pq "vacuum analyze"
curl -fs -o /dev/null -c "$work/search-session" -d "j_username=admin&j_password=$admin_password" "http://localhost:$port/j_security_check"
session="Cookie: $(login_cookies "$work/search-session")"
search_url="http://localhost:$port/app/candidates"
today=$(date -u +%Y-%m-%d); month_ago=$(date -u -d '30 days ago' +%Y-%m-%d)
search_rows=""
search_worst=0
for query in "q=jansen" "q=noor%20de%20vries" "q=sanne.peeters" "q=06%20200$((per_vacancy * 3 + 17))" \
    "q=bakker&status=ACTIVE&source=LINKEDIN&from=$month_ago&to=$today" "tag=Avonden" "q=jansen&tag=Avonden&tag=Duits" \
    "sort=WAITING" "q=niemand%20die%20bestaat"; do
  hits=$(curl -fs -H "$session" "$search_url?$query" | sed -nE 's/.*>([0-9]+) sollicitaties? gevonden<.*/\1/p; s/.*(Niemand gevonden).*/0/p' | head -1)
  wrk -t1 -c1 -d5s -H "$session" "$search_url?$query" >/dev/null
  wrk -t1 -c1 -d"$search_duration" --latency -H "$session" "$search_url?$query" > "$work/search.txt"
  median=$(percentile 50 < "$work/search.txt"); p99=$(percentile 99 < "$work/search.txt")
  failed=$(errors < "$work/search.txt" | awk '{s += $1} END {print s + 0}')
  echo "   ?$query: ${hits:-?} hits, median $median ms, p99 $p99 ms"
  search_worst=$(echo "$search_worst $median" | awk '{print ($2 > $1) ? $2 : $1}')
  search_rows="$search_rows
| \`?$(echo "$query" | sed 's/%20/ /g')\` | ${hits:-?} | median **$median ms**, p99 $p99 ms, $failed non-2xx | < 100 ms |"
done
fi

if [[ " $parts " == *" reports "* ]]; then
echo "== reports: $report_applications applications over two years on 20 vacancies"
[ "$database" = postgresql ] || { echo "the reports benchmark runs on PostgreSQL" >&2; exit 1; }
# History as a contact centre's intake leaves it: spread over 730 days, from five sources; per 100 applications 55
# rejected (with one of the six reasons; one in three by a knock-out rule), 12 withdrawn, 8 hired, and the last month's still running. The people
# themselves are long purged (candidate_id null), as the reports must read them. Each application moved as far as its
# outcome took it (of those not hired, four in ten no further than Nieuw, three Screening, one each the phone call,
# role-play and interview), a stay of about three days per stage; hires went through all eight stages.
base=80000000
per_vacancy=$((report_applications / 20))
for v in $(seq 0 19); do
  vacancy=$(new_vacancy "Klantenservice medewerker, rapportbenchmark $v")
  first=$((base + v * per_vacancy))
  pq "insert into application (id, vacancy_id, candidate_id, stage_id, furthest_stage_id, status, source, applied_at, stage_entered_at,
        ended_at, rejection_reason_id, version)
      select $first + g, $vacancy, null, s.id, s.id, o.status, (array['SITE','LINKEDIN','INDEED','REFERRAL','AGENCY'])[1 + g % 5],
             now() - (730 - g % 730) * interval '1 day', now() - (730 - g % 730) * interval '1 day' + o.top * interval '3 days',
             case when o.status <> 'ACTIVE' then now() - (730 - g % 730) * interval '1 day' + o.top * interval '3 days' + interval '2 days' end,
             case when o.status = 'REJECTED' then 1 + g % 6 end, 0
      from generate_series(1, $per_vacancy) g
      cross join lateral (select case when g % 730 > 700 then 'ACTIVE' when g % 100 < 55 then 'REJECTED'
                                      when g % 100 < 67 then 'WITHDRAWN' when g % 100 < 75 then 'HIRED' else 'ACTIVE' end as status,
                                 case when g % 100 between 67 and 74 then 7 else (array[0,0,0,0,1,1,1,2,3,4])[1 + (g * 7) % 10] end as top) o
      join vacancy_stage s on s.vacancy_id = $vacancy and s.sort_order = o.top + 1"
  pq "insert into stage_move (id, application_id, from_stage_id, to_stage_id, moved_at, entered_at)
      select a.id * 8 + p.n, a.id, f.id, t.id, a.applied_at + p.n * interval '3 days' - (a.id % 9) * interval '4 hours',
             case when p.n = 1 then a.applied_at else a.applied_at + (p.n - 1) * interval '3 days' - (a.id % 9) * interval '4 hours' end
      from application a cross join generate_series(1, 7) p(n)
      join vacancy_stage f on f.vacancy_id = a.vacancy_id and f.sort_order = p.n
      join vacancy_stage t on t.vacancy_id = a.vacancy_id and t.sort_order = p.n + 1
      join vacancy_stage cur on cur.id = a.stage_id
      where a.vacancy_id = $vacancy and a.id > $base and p.n < cur.sort_order"
  # Two knock-out questions (weekends, hours) with a rule each; one in three rejections was their decision.
  pq "insert into screening_question (id, vacancy_id, kind, language_code, text_nl, text_en, text_fr, sort_order, deleted, version)
      values ($first + 1, $vacancy, 'WEEKEND', null, null, null, null, 1, false, 0), ($first + 2, $vacancy, 'HOURS', null, null, null, null, 2, false, 0)"
  pq "insert into knockout_rule_set (id, vacancy_id, version_number, created_at, created_by) values ($first, $vacancy, 1, now() - interval '731 days', null)"
  pq "insert into knockout_rule (id, rule_set_id, question_id, operator, rule_value, position)
      values ($first + 1, $first, $first + 1, 'ANSWER_IS', 'NO', 1), ($first + 2, $first, $first + 2, 'LESS_THAN', '24', 2)"
  pq "update application set knockout_rule_id = $first + 1 + id % 2, knockout_rule_version = 1
      where vacancy_id = $vacancy and status = 'REJECTED' and id % 3 = 0"
  pq "insert into booking_fact (id, vacancy_id, kind, slot_starts_at, booked_at, outcome, reschedules)
      select $first + g, $vacancy, 'ROLE_PLAY', now() - (730 - g % 730) * interval '1 day', now() - (732 - g % 730) * interval '1 day',
             (array['ATTENDED','ATTENDED','ATTENDED','NO_SHOW','CANCELLED'])[1 + g % 5], 0
      from generate_series(1, $per_vacancy / 4) g"
done
# Interviews as a volume intake has them: every application that reached the interview stage had one, with two of
# eight interviewers, each submitting a scorecard with five competency ratings and an advice; interviewer 1 scores a
# point above the others (the calibration page must find it).
interviewers=$((base + 1))
pq "insert into app_user (id, username, password_hash, roles, display_name, active, created_at, version)
    select $base + i, 'bench-interviewer-' || i, '!', 'hiring_manager', 'Interviewer ' || i, true, now(), 0 from generate_series(1, 8) i"
pq "insert into interview (id, application_id, starts_at, duration_minutes, status, calendar_uid, calendar_sequence, created_by,
      created_at, version)
    select a.id, a.id, a.applied_at + interval '4 days', 45, 'SCHEDULED', 'bench-' || a.id, 0, $interviewers, a.applied_at, 0
    from application a join vacancy_stage s on s.id = a.stage_id where a.id > $base and s.sort_order >= 5"
pq "insert into scorecard (id, interview_id, application_id, interviewer_id, status, recommendation, created_at, submitted_at, version)
    select i.id * 2 + k, i.id, i.application_id, $base + 1 + (i.id + 3 * k) % 8, 'SUBMITTED',
           case when a.status = 'HIRED' or (i.id + k) % 7 = 0 then 'YES' else 'NO' end, i.starts_at, i.starts_at + interval '1 hour', 0
    from interview i join application a on a.id = i.application_id cross join generate_series(0, 1) k where i.id > $base"
pq "insert into interview_interviewer (interview_id, user_id) select interview_id, interviewer_id from scorecard where id > 2 * $base"
pq "insert into scorecard_rating (id, scorecard_id, competency_id, question_id, rating)
    select s.id * 8 + c.n, s.id, c.id, null, least(5, 1 + (s.application_id * 7 + c.n) % 4 + case when s.interviewer_id = $interviewers then 1 else 0 end)
    from scorecard s cross join (select id, row_number() over (order by id) as n from competency where vacancy_id is null
      order by id limit 5) c where s.id > 2 * $base"
# Each stay's length as making the move keeps it: the statement with which V48 measured the moves made before it.
pq "$(sed -n '/^update stage_move set/,$p' src/main/resources/db/migration/V48__pipeline_stay_lengths.sql)"
# The calibration facts as submitting those scorecards writes them: the statement with which V47 fills the table.
pq "$(sed -n '/^insert into calibration_fact/,$p' src/main/resources/db/migration/V47__interview_calibration_facts.sql)"
pq "vacuum analyze"
echo "   $(pq "select count(*) from application where id > $base") applications, $(pq "select count(*) from stage_move") stage moves, $(pq "select count(*) from booking_fact") booking facts, $(pq "select count(*) from scorecard_rating") competency ratings"
curl -fs -o /dev/null -c "$work/report-session" -d "j_username=admin&j_password=$admin_password" "http://localhost:$port/j_security_check"
session="Cookie: $(login_cookies "$work/report-session")"
year_ago=$(date -u -d '365 days ago' +%Y-%m-%d); two_years_ago=$(date -u -d '730 days ago' +%Y-%m-%d); today=$(date -u +%Y-%m-%d)
report_rows=""
# The page itself reads no figure; each report's card is a request of its own (HX-Request: the card's content, as the
# page fetches it), and each report is a CSV file too.
reports=(funnel outcomes stages sources reasons knockouts withdrawals bookings offers survey)
for target in "reports?from=$two_years_ago&to=$today" \
    $(for name in "${reports[@]}"; do echo "reports/$name?from=$two_years_ago&to=$today"; done) \
    $(for name in "${reports[@]}"; do echo "reports/$name?from=$year_ago&to=$today"; done) \
    $(for name in "${reports[@]}"; do echo "reports/$name.csv?from=$two_years_ago&to=$today"; done) \
    "reports/calibration?from=$two_years_ago&to=$today" "reports/calibration?from=$year_ago&to=$today" "reports/calibration.csv?from=$two_years_ago&to=$today"; do
  url="http://localhost:$port/app/$target"
  card="X-Card: none"
  case "$target" in reports/calibration*|*.csv*|reports\?*) ;; *) card="HX-Request: true" ;; esac
  curl -fs -o /dev/null -H "$session" -H "$card" "$url" || { echo "$url failed" >&2; exit 1; }
  wrk -t1 -c1 -d3s -H "$session" -H "$card" "$url" >/dev/null
  wrk -t1 -c1 -d"$search_duration" --timeout 10s --latency -H "$session" -H "$card" "$url" > "$work/report.txt"
  median=$(percentile 50 < "$work/report.txt"); p99=$(percentile 99 < "$work/report.txt")
  failed=$(errors < "$work/report.txt" | awk '{s += $1} END {print s + 0}')
  echo "   /app/$target: median $median ms, p99 $p99 ms"
  report_rows="$report_rows
| \`/app/${target%%\?*}\` (${target#*\?}) | median **$median ms**, p99 $p99 ms, $failed non-2xx | < 500 ms |"
done
fi

if [[ " $parts " == *" purge-kill "* ]]; then
kill_size=${KILL_SIZE:-50000}
base=70000000
echo "== purge killed halfway: $kill_size candidates, kill -9 once half are purged, restart, run again"
seed_purgeable "$kill_size" "$base"
purge_now >/dev/null &
for _ in $(seq 1 1200); do
  done_so_far=$(pq "select coalesce(max(purged), 0) from purge_run where finished_at is null")
  [ "$done_so_far" -ge $((kill_size / 2)) ] && break
  sleep 0.05
done
kill -9 "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
killed_after=$(pq "select count(*) from application where id > $base and candidate_id is null")
left=$(pq "select count(*) from candidate where id > $base")
# Whole means: still there with its CV, its note and its application; gone means: nothing of the person left.
broken=$(pq "select count(*) from candidate c where c.id > $base and (
    not exists (select 1 from candidate_document d where d.candidate_id = c.id)
    or not exists (select 1 from candidate_note n where n.candidate_id = c.id)
    or not exists (select 1 from application a where a.candidate_id = c.id))")
stray=$(pq "select (select count(*) from candidate_document where id > $base and candidate_id not in (select id from candidate))
    + (select count(*) from candidate_note where id > $base and candidate_id not in (select id from candidate))
    + (select count(*) from candidate_motivation where id > $base and candidate_id not in (select id from candidate))
    + (select count(*) from candidate_token where id > 2 * $base and candidate_id not in (select id from candidate))
    + (select count(*) from consent_record where id > $base and candidate_id not in (select id from candidate))
    + (select count(*) from candidate_key where candidate_id > $base and candidate_id not in (select id from candidate))")
unfinished=$(pq "select count(*) from purge_run where finished_at is null")
echo "   killed with $killed_after purged and $left left; $broken of those not whole, $stray stray rows"
start_app
admin_session
status=$(purge_now)
[ "$status" = 303 ] || { echo "the purge after the restart was refused: HTTP $status" >&2; exit 1; }
second_run=$(pq "select purged from purge_run where finished_at is not null order by id desc limit 1")
left_after=$(pq "select count(*) from candidate where id > $base")
kept=$(pq "select count(*) from application where id > $base and candidate_id is null")
echo "   after the restart the next run purged $second_run; $left_after left; $kept applications kept without the person"
[ "$broken" = 0 ] && [ "$stray" = 0 ] && [ "$left_after" = 0 ] || { echo "the killed purge left damage" >&2; exit 1; }
fi

if [[ " $parts " == *" careers "* ]]; then
echo "== 50 open vacancies through the API"
for i in $(seq 1 50); do
  id=$(new_vacancy "Klantenservice medewerker $i")
  api -o /dev/null -X POST "http://localhost:$port/api/vacancies/$id/publish"
done
curl -fs "http://localhost:$port/jobs" -o "$work/jobs.html"
cards=$(grep -c 'class="wv-job-card"' "$work/jobs.html")
# /jobs shows 20 vacancies a page (careers/CareersService.PAGE_SIZE): the first page of the 50.
[ "$cards" = 20 ] || { echo "expected the first 20 of 50 vacancies on /jobs, found $cards" >&2; exit 1; }
bytes=$(wc -c < "$work/jobs.html")
curl -fs "http://localhost:$port/bench/baseline/jobs" | cmp -s - "$work/jobs.html" || { echo "baseline differs from /jobs" >&2; exit 1; }


echo "== warm-up"
wrk -t2 -c"$connections" -d10s "http://localhost:$port/bench/baseline/jobs" >/dev/null
wrk -t2 -c"$connections" -d10s "http://localhost:$port/jobs" >/dev/null

echo "== /jobs against the baseline ($duration each, $connections connections, alternating twice)"
best_base=0; best_jobs=0
for round in 1 2; do
  base=$(wrk -t2 -c"$connections" -d"$duration" "http://localhost:$port/bench/baseline/jobs" | tee "$work/base$round.txt" | rps)
  jobs=$(wrk -t2 -c"$connections" -d"$duration" "http://localhost:$port/jobs" | tee "$work/jobs$round.txt" | rps)
  echo "   round $round: baseline $base req/s, /jobs $jobs req/s"
  best_base=$(echo "$base $best_base" | awk '{print ($1 > $2) ? $1 : $2}')
  best_jobs=$(echo "$jobs $best_jobs" | awk '{print ($1 > $2) ? $1 : $2}')
done
ratio=$(echo "$best_jobs $best_base" | awk '{printf "%.2f", $1 / $2}')
jobs_errors=$( (errors < "$work/jobs1.txt"; errors < "$work/jobs2.txt") | awk '{s += $1} END {print s + 0}')

echo "== /jobs with a query parameter the page does not know, different on every request ($duration)"
wrk -t2 -c"$connections" -d"$duration" -s bench/unknown-parameter.lua "http://localhost:$port" > "$work/unknown.txt"
unknown=$(rps < "$work/unknown.txt")
unknown_errors=$(errors < "$work/unknown.txt"); unknown_errors=${unknown_errors:-0}
unknown_ratio=$(echo "$unknown $best_base" | awk '{printf "%.2f", $1 / $2}')
echo "   $unknown req/s ($unknown_ratio of the baseline)"

echo "== apply with a 200 KB PDF (10 s warm-up, then twice $duration, 16 connections)"
# A vacancy's card link (the page's first /jobs/ link is now the job alert's).
slug=$(grep -oE 'href="/jobs/[a-z0-9-]+" class="stretched-link"' "$work/jobs.html" | head -1 | sed -E 's/href="\/jobs\/([a-z0-9-]+)".*/\1/')
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

echo "== without the cache: /jobs and a vacancy page with its apply form, each against a baseline of its own bytes"
# The vacancy page is rendered for every visitor (a CSRF token of their own); /jobs is rendered every time once the
# application runs with its caches switched off. A cache expiring at once is not enough: requests that ask while a page
# is being rendered wait for that render and share it, so under load most of them would render nothing.
curl -fs "http://localhost:$port/jobs/$slug" -o "$work/vacancy.html"
vacancy_bytes=$(wc -c < "$work/vacancy.html")
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
cached_opts=$java_opts
java_opts="$java_opts -Dquarkus.cache.enabled=false"
start_app
java_opts=$cached_opts
curl -fs "http://localhost:$port/bench/baseline/vacancy" | cmp -s - "$work/vacancy.html" || { echo "baseline differs from the vacancy page" >&2; exit 1; }
for url in bench/baseline/jobs jobs bench/data/jobs bench/baseline/vacancy "jobs/$slug" "bench/data/vacancy/$slug"; do
  wrk -t2 -c"$connections" -d10s "http://localhost:$port/$url" >/dev/null
done
best() { echo "$1 $2" | awk '{print ($1 > $2) ? $1 : $2}'; }
uncached_base=0; uncached_jobs=0; jobs_data=0; vacancy_base=0; vacancy=0; vacancy_data=0
# bench/data/<page> reads what the page shows, with the page's own service calls, and answers with the baseline's bytes
# instead of rendering: what the page could reach if rendering cost nothing.
for round in 1 2; do
  uncached_base=$(best "$(wrk -t2 -c"$connections" -d"$duration" "http://localhost:$port/bench/baseline/jobs" | rps)" $uncached_base)
  uncached_jobs=$(best "$(wrk -t2 -c"$connections" -d"$duration" "http://localhost:$port/jobs" | tee "$work/uncached$round.txt" | rps)" $uncached_jobs)
  jobs_data=$(best "$(wrk -t2 -c"$connections" -d"$duration" "http://localhost:$port/bench/data/jobs" | rps)" $jobs_data)
  vacancy_base=$(best "$(wrk -t2 -c"$connections" -d"$duration" "http://localhost:$port/bench/baseline/vacancy" | rps)" $vacancy_base)
  vacancy=$(best "$(wrk -t2 -c"$connections" -d"$duration" "http://localhost:$port/jobs/$slug" | tee "$work/vacancy$round.txt" | rps)" $vacancy)
  vacancy_data=$(best "$(wrk -t2 -c"$connections" -d"$duration" "http://localhost:$port/bench/data/vacancy/$slug" | rps)" $vacancy_data)
  echo "   round $round: /jobs $uncached_jobs (its data alone $jobs_data) of $uncached_base req/s, vacancy page $vacancy (its data alone $vacancy_data) of $vacancy_base req/s (best so far)"
done
uncached_ratio=$(echo "$uncached_jobs $uncached_base" | awk '{printf "%.2f", $1 / $2}')
jobs_data_ratio=$(echo "$jobs_data $uncached_base" | awk '{printf "%.2f", $1 / $2}')
vacancy_ratio=$(echo "$vacancy $vacancy_base" | awk '{printf "%.2f", $1 / $2}')
vacancy_data_ratio=$(echo "$vacancy_data $vacancy_base" | awk '{printf "%.2f", $1 / $2}')
uncached_errors=$(cat "$work"/uncached?.txt "$work"/vacancy?.txt | errors | awk '{s += $1} END {print s + 0}')

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

fi

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
header="Run of $(date -u +%Y-%m-%d) on $(nproc) cores ($cpu), $db_label, JVM \`$java_opts\`, wrk on the same machine, $duration per measurement."
# Replaces the text between <!-- results-<part>-<database> --> and its closing marker in bench/README.md; with RESULTS_SET=x,
# between <!-- results-<part>-<database>-x --> and its closing marker (a record kept beside the earlier one).
record() {
  echo; echo "$2"
  python3 - "$1-$database${results_set:+-$results_set}" "$2" <<'PY'
import re, sys
path = "bench/README.md"
text = open(path, encoding="utf-8").read()
marker = "results-" + sys.argv[1]
if "<!-- %s -->" % marker not in text:
    sys.exit("bench/README.md has no marker <!-- %s -->" % marker)
text = re.sub(r"(<!-- %s -->\n)(?:.*?\n)?(<!-- /%s -->)" % (marker, marker), lambda m: m.group(1) + sys.argv[2] + "\n" + m.group(2), text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
}
if [[ " $parts " == *" board "* ]]; then
  record board "$(cat <<RESULT
$header

| measurement | result | target |
|---|---|---|
| board, $board_candidates active candidates ($board_cards cards shown, $board_bytes bytes), one recruiter | median **$board_median ms**, p90 $board_p90 ms, p99 $board_p99 ms | median < 50 ms, page < 300 KB |
| one column expanded (\`?stage=\`, $column_cards cards), one recruiter | median $column_median ms | |
| board, 8 recruiters at once | $busy_rps req/s, median $busy_median ms | |
| non-2xx answers | $board_errors | 0 |
RESULT
)"
fi
if [[ " $parts " == *" purge "* ]]; then
  record purge "$(cat <<RESULT
$header

| measurement | result | target |
|---|---|---|$purge_rows
| time($last) / time($first) | **$ratio** | ≤ 11 |
RESULT
)"
fi
if [[ " $parts " == *" search "* ]]; then
  record search "$(cat <<RESULT
$header Search measured $search_duration per query, one recruiter.

| search (admin: all vacancies; 25 hits a page, with the total) | hits | server time | target |
|---|---|---|---|$search_rows
RESULT
)"
fi
if [[ " $parts " == *" reports "* ]]; then
  record reports "$(cat <<RESULT
$header Each measured $search_duration with one recruiter (admin: all vacancies). \`/app/reports\` reads no figure: each report fills its card with a request of its own (\`/app/reports/<name>\`, measured with \`HX-Request: true\`, as the page asks for it); \`.csv\` is the same report as a file.

| request | server time | target |
|---|---|---|$report_rows
RESULT
)"
fi
if [[ " $parts " == *" purge-kill "* ]]; then
  record purge-kill "$(cat <<RESULT
$header

| measurement | result | target |
|---|---|---|
| purge of $kill_size candidates killed with \`kill -9\` once half were purged | killed with $killed_after purged, $left left | |
| candidates left that are not whole (CV, note or application missing) / stray rows of purged ones | **$broken** / **$stray** | 0 / 0 |
| runs left unfinished by the kill | $unfinished | |
| next run after the restart | purged **$second_run**, $left_after left, $kept applications kept without the person | 0 left |
RESULT
)"
fi
if [[ " $parts " == *" careers "* ]]; then
  record careers "$(cat <<RESULT
$header

| measurement | result | target |
|---|---|---|
| baseline: fixed $bytes bytes from a trivial endpoint | $best_base req/s | |
| \`/jobs\` with 50 open vacancies, first page of 20 ($bytes bytes) | $best_jobs req/s, $jobs_errors errors | |
| ratio \`/jobs\` / baseline | **$ratio** | ≥ 0.5 |
| \`/jobs?utm_campaign=<different every request>\`: ratio to the baseline | **$unknown_ratio** ($unknown req/s, $unknown_errors errors) | served from the cache (issue 19) |
| \`/jobs\` rendered for every request (cache switched off): ratio to the baseline of its bytes | **$uncached_ratio** ($uncached_jobs of $uncached_base req/s) | ≥ 0.2 |
| the data of \`/jobs\` alone, no rendering (\`/bench/data/jobs\`): ratio to the same baseline | $jobs_data_ratio ($jobs_data req/s) | |
| vacancy page with its apply form ($vacancy_bytes bytes, a CSRF token per visitor): ratio to the baseline of its bytes | **$vacancy_ratio** ($vacancy of $vacancy_base req/s); $uncached_errors errors in both | ≥ 0.2 |
| the data of the vacancy page alone, no rendering (\`/bench/data/vacancy/…\`): ratio to the same baseline | $vacancy_data_ratio ($vacancy_data req/s) | |
| apply POST, 200 KB PDF, 16 connections (best of two) | **$apply_rps applications/s**, $apply_errors non-3xx answers, $socket_errors socket-error lines | ≥ 200/s, 0 errors |
| applications stored / with CV / without confirmation in the outbox | $applications / $with_cv / $without_mail | every one confirmed |
RESULT
)"
fi
