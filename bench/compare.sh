#!/usr/bin/env bash
# Old build against new build in one run (issue 15, speed of the per-request path and the public-page flood).
#
#   OLD_JAR=/tmp/old/orepass.jar NEW_JAR=platform-web/target/orepass.jar DATA=bench/data/postgres bench/compare.sh
#
# Each build in turn (ROUNDS times, old then new) starts on the same embedded database, signs in one session per
# connection, and wrk measures:
#   site-page      a signed-in mine-site page            /sites/{id}                       (CONNECTIONS clients)
#   icglr-doc      one ICGLR mine-site document by token /api/icglr/v1/mine-sites/{icglrId} (CONNECTIONS clients)
#   quiet          the signed-in site page, FLOOD_CLIENTS clients, nothing else running
#   flooded        the same while FLOOD connections read /public/dashboard anonymously
# PREWARM (e.g. 120s) first runs the site page and then the token document that long on each build before anything
# is measured: with only WARMUP (8 s) the first scenario measures a JVM still compiling (docs/performance.md). Then
# each page runs in 10 s rounds until the JVM's JIT compiler is quiet (bench/warm.sh: JIT_MAX, JIT_QUIET_TICKS):
# on 2 cores C2 was still compiling after 80 s of load, a quarter of the JVM's CPU in the measured seconds.
# The database must exist (generate it first, see bench/README.md); the builds must share its schema.
# Hold the Maven lock meanwhile so no build skews the figures: flock /tmp/orepass-maven.lock bench/compare.sh
# BUILDS=new measures the new build only (a re-run of one build's figures; the ratios need both).
# The alert scan is off in both builds (OREPASS_ALERTS_SCAN_ENABLED, default false here): on a database of a million
# synthetic overdue incidents it alerts 500 of them every 5 minutes, work of the new build only that measured
# per-request figures must not include (docs/performance.md, seventh session).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/warm.sh"
: "${OLD_JAR:?the old build's jar}" "${NEW_JAR:?the new build's jar}" "${DATA:?the embedded database directory}"
PORT="${PORT:-8089}" CONNECTIONS="${CONNECTIONS:-8}" DURATION="${DURATION:-15s}" WARMUP="${WARMUP:-8s}"
PREWARM="${PREWARM:-0s}" ROUNDS="${ROUNDS:-1}" FLOOD="${FLOOD:-64}" FLOOD_CLIENTS="${FLOOD_CLIENTS:-2}" BENCH_TOKEN="${BENCH_TOKEN:-demo-admin}"
base="http://localhost:$PORT"
mkdir -p "$here/results"
out="$here/results/$(date -u +%Y%m%dT%H%M%SZ)-compare.txt"
pid=""
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi; }
trap stop EXIT

sign_in() { # prints one session cookie value
  local cookies; cookies="$(mktemp)"
  local token; token=$(curl -fs -c "$cookies" -b "$cookies" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=${BENCH_USER:-admin}" \
    --data-urlencode "password=${BENCH_PASSWORD:-demo}" --data-urlencode "_csrf=$token" "$base/login"
  awk '$6 == "ORE_PASS_SESSION" { print $7 }' "$cookies"; rm -f "$cookies"
}

measure() { # name connections path auth
  local name="$1" connections="$2" path="$3" auth="$4" header sessions=""
  if [ "$auth" = "api" ]; then header="Authorization: Bearer $BENCH_TOKEN"; else header="Cookie: ORE_PASS_SESSION=$(head -1 "$SESSIONS")"; sessions="$SESSIONS"; fi
  wrk -t2 -c"$connections" -d"$WARMUP" -H "$header" "$base$path" >/dev/null
  local line; line=$(SESSIONS_FILE="$sessions" wrk -t2 -c"$connections" -d"$DURATION" -H "$header" -s "$here/report.lua" "$base$path" | tail -1)
  printf '%-6s %-10s %s load=%s\n' "$build" "$name" "$line" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out"
}

{
  echo "# compare at $(date -u +%FT%TZ): $CONNECTIONS connections, $DURATION each, flood $FLOOD anonymous on /public/dashboard; warm-up $PREWARM per page then $WARMUP per scenario; load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
  echo "# old $OLD_JAR ($(stat -c %y "$OLD_JAR" | cut -d. -f1)), new $NEW_JAR ($(stat -c %y "$NEW_JAR" | cut -d. -f1))"
} | tee "$out"

for round in $(seq 1 "$ROUNDS"); do
  for build in ${BUILDS:-old new}; do
    if [ "$build" = old ]; then jar="$OLD_JAR"; else jar="$NEW_JAR"; fi
    cp "$jar" "$here/data/bench-$build.jar"
    OREPASS_ALERTS_SCAN_ENABLED=${OREPASS_ALERTS_SCAN_ENABLED:-false} java -Xmx2g -jar "$here/data/bench-$build.jar" --server.port="$PORT" --orepass.embedded-database.directory="$DATA" \
      > "$here/data/compare-$build.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 300); do
      curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && break
      # A build that cannot start (e.g. Flyway refusing the database's schema) ends the run now, not in 5 minutes.
      kill -0 "$pid" 2>/dev/null || { echo "the $build build stopped; see $here/data/compare-$build.log" >&2; exit 1; }
      sleep 1
    done
    SESSIONS="$(mktemp)"
    for _ in $(seq 1 "$CONNECTIONS"); do sign_in >> "$SESSIONS"; done
    site=$(curl -fs -H "Authorization: Bearer $BENCH_TOKEN" "$base/api/icglr/v1/mine-sites?limit=1" \
      | sed -n 's/.*"icglrId":"\([^"]*\)".*/\1/p' | head -1)
    site_id=$(curl -fs -H "Cookie: ORE_PASS_SESSION=$(head -1 "$SESSIONS")" "$base/sites" \
      | sed -n 's/.*href="\/sites\/\([0-9][0-9]*\)".*/\1/p' | head -1)
    [ -n "$site" ] && [ -n "$site_id" ] || { echo "no site found (round $round, $build)" >&2; exit 1; }
    # Let the start-up's background work (incident tally, site directory) finish before measuring.
    sleep "${SETTLE:-20}"
    if [ "${PREWARM%s}" -gt 0 ]; then
      SESSIONS_FILE="$SESSIONS" wrk -t2 -c"$CONNECTIONS" -d"$PREWARM" -s "$here/report.lua" "$base/sites/$site_id" >/dev/null
      wrk -t2 -c"$CONNECTIONS" -d"$PREWARM" -H "Authorization: Bearer $BENCH_TOKEN" "$base/api/icglr/v1/mine-sites/$site" >/dev/null
    fi
    # Then both pages until the JIT compiler is quiet (bench/warm.sh; JIT_MAX=0 turns it off).
    if [ "${JIT_MAX:-300}" -gt 0 ]; then
      printf '%-6s %-10s %s\n' "$build" "warm-site" "$(warm_until_jit_quiet "$pid" -c"$CONNECTIONS" -H "Cookie: ORE_PASS_SESSION=$(head -1 "$SESSIONS")" "$base/sites/$site_id")" | tee -a "$out"
      printf '%-6s %-10s %s\n' "$build" "warm-icglr" "$(JIT_MAX=$(( ${JIT_MAX:-300} / 2 )) warm_until_jit_quiet "$pid" -c"$CONNECTIONS" -H "Authorization: Bearer $BENCH_TOKEN" "$base/api/icglr/v1/mine-sites/$site")" | tee -a "$out"
    fi
    measure site-page "$CONNECTIONS" "/sites/$site_id" page
    measure icglr-doc "$CONNECTIONS" "/api/icglr/v1/mine-sites/$site" api
    measure quiet "$FLOOD_CLIENTS" "/sites/$site_id" page
    wrk -t2 -c"$FLOOD" -d"$(( ${DURATION%s} + ${WARMUP%s} + 4 ))s" "$base/public/dashboard" > "$here/data/flood-$build.txt" &
    flood=$!
    sleep 2
    measure flooded "$FLOOD_CLIENTS" "/sites/$site_id" page
    wait "$flood" || true
    printf '%-6s %-10s %s\n' "$build" "flood" "$(grep -E 'Requests/sec|Non-2xx|Latency' "$here/data/flood-$build.txt" | tr -s ' ' | tr '\n' ';')" | tee -a "$out"
    rm -f "$SESSIONS"
    stop
  done
done
echo "Figures kept in $out"
