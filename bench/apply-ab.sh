#!/usr/bin/env bash
# Apply throughput of two builds measured at the same time: bench/apply-ab.sh <other-checkout> [rounds]
# Runs bench/apply-cpu.sh for this checkout and for the other one side by side (own ports, own database, own wrk), so
# both share whatever else the machine does in that minute; one line per build and round. Both start their load at the
# same moment, 10 s after both are ready, and which one is started first changes every round. On a shared machine runs
# of one build one after the other differ by up to a third, which hides a difference of a few per cent. The PostgreSQL
# figure of each line counts the server's processes for both databases (and loses those of connections closed
# meanwhile), so only the application's figure is the build's own. The other checkout must have been packaged with
# -Dquarkus.profile=bench; REUSE_BUILD=1 skips packaging this one.
set -euo pipefail
cd "$(dirname "$0")/.."
other=${1:?usage: bench/apply-ab.sh <other-checkout> [rounds]}
rounds=${2:-3}
if [ "${REUSE_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=bench
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
this_build() {
  REUSE_BUILD=1 BENCH_READY="$work/this-ready" BENCH_GO="$work/other-ready" bench/apply-cpu.sh >"$work/this.txt" 2>&1
}
other_build() {
  REUSE_BUILD=1 BENCH_READY="$work/other-ready" BENCH_GO="$work/this-ready" BENCH_PORT=8099 BENCH_MANAGEMENT_PORT=9099 \
    BENCH_DB=werving_bench_apply_other bench/apply-cpu.sh "$other" >"$work/other.txt" 2>&1
}
for round in $(seq 1 "$rounds"); do
  rm -f "$work"/*
  # Which one starts first changes every round.
  if [ $((round % 2)) = 1 ]; then this_build & first=$!; other_build & else other_build & first=$!; this_build & fi
  wait "$first" "$!"
  echo "round $round: $(tail -1 "$work/this.txt")"
  echo "round $round: $(tail -1 "$work/other.txt")"
done
