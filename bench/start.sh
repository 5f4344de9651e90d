#!/usr/bin/env bash
# Start time and memory of one instance, as deploy/Containerfile runs it: the package re-augmented for PostgreSQL, the
# container's JVM flags with a 768 MB memory limit (the Kubernetes manifest's), with and without the class-data
# archive. Five starts each, alternating, against one database on 127.0.0.1:5432 (migrated by a first start that is not
# counted). Prints seconds from the java command to the first answered /jobs, and resident memory right after it.
#   bench/start.sh              (SKIP_BUILD=1 reuses target/quarkus-app from the last run; CONTAINER_FLAGS=... tries other JVM flags)
# JAVA=/path/to/bin/java runs the starts on another JVM. With a JDK 25 or later, AOT_CACHE=1 adds five starts with its
# ahead-of-time cache (JEP 483/514), recorded by a training start that opens a few pages; the image itself runs Java 17.
set -euo pipefail
cd "$(dirname "$0")/.."

starts=${STARTS:-5}
port=${BENCH_PORT:-8097}
db=${BENCH_DB:-werving_start}
work=$(mktemp -d)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -q package -DskipTests
fi
cp -r target/quarkus-app "$work/"
# The image's augment step (re-augmented for PostgreSQL, the class-data archive), put together as its layers are.
java=${JAVA:-java}
deploy/augment.sh "$work/quarkus-app" "$work/layers" > "$work/rebuild.log" 2>&1 || { cat "$work/rebuild.log" >&2; exit 1; }
rm -rf "$work/quarkus-app" && mkdir "$work/quarkus-app"
cp -a "$work/layers/libraries/." "$work/layers/application/." "$work/quarkus-app/"
cd "$work/quarkus-app"
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" -c "create database $db"

export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$db QUARKUS_DATASOURCE_USERNAME=postgres
export QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=bench-start-key-0123456789abcdefghijklmnop
export WERVING_CRYPTO_MASTER_KEY=$(head -c 32 /dev/urandom | base64) WERVING_BASE_URL=http://localhost:$port
export WERVING_COMPANY_NAME=Bench QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 1000))
container_flags=${CONTAINER_FLAGS:-"-XX:+UseParallelGC -XX:MaxRAM=768m -XX:MaxRAMPercentage=60"}

# One start: "<seconds> <resident MB>".
start_once() {
  local t0 t1
  t0=$(date +%s.%N)
  "$java" $container_flags "$@" -jar quarkus-run.jar > "$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 1200); do
    curl -fs -o /dev/null --max-time 2 "http://localhost:$port/jobs" && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s.%N)
  local rss
  rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$app_pid/status")
  if [ -n "${TRAINING:-}" ]; then
    for path in jobs "" privacy login jobs/alerts; do curl -fs -o /dev/null --max-time 10 "http://localhost:$port/$path"; done
  fi
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
  echo "$(echo "$t1 $t0" | awk '{printf "%.2f", $1 - $2}') $rss"
}

start_once > /dev/null  # migrates the database
plain=(); archived=()
for i in $(seq 1 "$starts"); do
  plain+=("$(start_once)")
  archived+=("$(start_once -XX:SharedArchiveFile=app-cds.jsa -Xshare:on)")
done
summary() { printf '%s\n' "$@" | awk '{t[NR] = $1; r[NR] = $2} END {
  n = asort(t); m = asort(r); printf "start %.2f–%.2f s (median %.2f), resident %d–%d MB (median %d)", t[1], t[n], t[int((n + 1) / 2)], r[1], r[m], r[int((m + 1) / 2)] }'; }
echo "Run of $(date -u +%Y-%m-%d) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $starts starts each, flags: $container_flags, $("$java" -version 2>&1 | head -1)"
echo "without the class-data archive: $(summary "${plain[@]}")"
echo "with the class-data archive:    $(summary "${archived[@]}")"
if [ -n "${AOT_CACHE:-}" ]; then
  # The cache is written when the training start exits.
  TRAINING=1 start_once -XX:AOTCacheOutput=app.aot > /dev/null
  [ -f app.aot ] || { echo "no ahead-of-time cache after the training start (JDK 25 or later?)" >&2; exit 1; }
  cached=()
  for i in $(seq 1 "$starts"); do cached+=("$(start_once -XX:AOTCache=app.aot)"); done
  echo "with the ahead-of-time cache:   $(summary "${cached[@]}")"
fi
