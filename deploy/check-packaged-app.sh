#!/usr/bin/env bash
# Proves the production route of deploy/README.md on this machine: the packaged app (built for H2) goes through the
# image's augment step (re-augmented for PostgreSQL, class-data archive, the image's layers), is started with
# environment variables only and an archive that must match (-Xshare:on), and must be healthy, migrated, and refuse
# demo passwords; then it must start again on the schema with a later version's migration.
# Needs ./mvnw package (or verify) first and PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth).
set -euo pipefail
cd "$(dirname "$0")/.."

port=${CHECK_PORT:-8089}
db=werving_smoke
work=$(mktemp -d)
app_pid=""
stop_app() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  app_pid=""
}
cleanup() {
  stop_app
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

[ -f target/quarkus-app/quarkus-run.jar ] || { echo "run ./mvnw package first" >&2; exit 1; }
cp -r target/quarkus-app "$work/"

echo "-- the image's augment step: re-augmented for PostgreSQL, with the class-data archive, in the image's layers"
deploy/augment.sh "$work/quarkus-app" "$work/layers" >"$work/rebuild.log" 2>&1 || { cat "$work/rebuild.log"; exit 1; }
# Put together as the image's two layers are, where the archive was recorded, without Quarkus' build-time libraries.
rm -rf "$work/quarkus-app" && mkdir "$work/quarkus-app"
cp -a "$work/layers/libraries/." "$work/layers/application/." "$work/quarkus-app/"
[ ! -e "$work/quarkus-app/lib/deployment" ] || { echo "FAILED: lib/deployment is in the image" >&2; exit 1; }

psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" -c "create database $db"

fail() { echo "FAILED: $1" >&2; cat "$work/app.log" >&2; exit 1; }
start_app() {
  (cd "$work/quarkus-app" && \
    QUARKUS_HTTP_PORT=$port \
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$db \
    QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=check-packaged-app-session-key-0123456789 \
    WERVING_CRYPTO_MASTER_KEY=Y2hlY2stcGFja2FnZWQtYXBwLW1hc3Rlci1rZXktMzI= \
    WERVING_BOOTSTRAP_ADMIN_PASSWORD=check-packaged-app-password \
    exec java -XX:SharedArchiveFile=app-cds.jsa -Xshare:on -jar quarkus-run.jar >"$work/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 60); do
    curl -fs --max-time 2 "http://localhost:$port/q/health/ready" >/dev/null 2>&1 && return
    kill -0 "$app_pid" 2>/dev/null || fail "the instance stopped while starting"
    sleep 1
  done
  fail "not ready after 60 s"
}

echo "-- starting with environment variables only"
start_app

health=$(curl -fs --max-time 10 "http://localhost:$port/q/health") || fail "no health endpoint"
echo "$health" | grep -q '"status": "UP"' || fail "not healthy: $health"
grep -q "Database: jdbc:postgresql" "$work/app.log" || fail "did not run on PostgreSQL"
[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -u admin:check-packaged-app-password "http://localhost:$port/api/vacancies")" = 200 ] \
  || fail "the configured first admin cannot use the API"
[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -u admin:demo "http://localhost:$port/api/vacancies")" = 401 ] \
  || fail "a demo password works in production"
[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://localhost:$port/login")" = 200 ] || fail "no login page"

# During a rolling update the previous version keeps serving, and may restart, on the schema the new version migrated:
# an instance must start and write on a database with a migration it does not know (deploy/README.md, "A new version").
echo "-- restarting on a schema one migration ahead of this build"
stop_app
psql -h 127.0.0.1 -U postgres -d "$db" -qc "
  alter table vacancy add column a_later_column varchar(40);
  create table a_later_table (id bigint primary key);
  insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
  select max(installed_rank) + 1, '9999', 'a later version', 'SQL', 'V9999__a_later_version.sql', 0, 'check', 1, true
  from flyway_schema_history"
start_app
[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://localhost:$port/jobs")" = 200 ] \
  || fail "no careers page on a schema ahead of this build"
[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -u admin:check-packaged-app-password \
  -H 'Content-Type: application/json' -d '{"title": "Klantenservice medewerker", "city": "Gent", "country": "BE",
    "workModel": "ON_SITE", "contractType": "AGENCY", "openings": 1, "hoursMin": 20, "hoursMax": 30, "languageFr": "B2",
    "tasks": "Mails beantwoorden", "mustHaves": "Frans"}' \
  "http://localhost:$port/api/vacancies")" = 201 ] || fail "no new vacancy on a schema ahead of this build"
echo "OK: packaged app healthy on PostgreSQL, migrated, first admin from configuration, no demo passwords, starts on a newer schema"
