#!/usr/bin/env bash
# CPU per request of one build (issue 15): JVM and embedded PostgreSQL (its postmaster and backends), from /proc,
# around a 20 s wrk run of the signed-in site page and then of one ICGLR document by token, each after WARM (120 s)
# and WARM2 (40 s) of the same load. Less sensitive than requests/s to other work on the machine.
#
#   DATA=bench/data/postgres bench/cpu-per-request.sh /tmp/old/orepass.jar old
set -eu
JAR=$1; NAME=$2; PORT=${PORT:-8091}; base=http://localhost:$PORT
here="$(cd "$(dirname "$0")" && pwd)"; cd "$here/.."; . "$here/warm.sh"
: "${DATA:?the embedded database directory}"; DATA="$(cd "$DATA" && pwd)"; tmp="$(mktemp -d)"
OREPASS_ALERTS_SCAN_ENABLED=${OREPASS_ALERTS_SCAN_ENABLED:-false} java -Xmx2g -jar "$JAR" --server.port=$PORT --orepass.embedded-database.directory="$DATA" > "$tmp/$NAME.log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 1; done
sign_in() {
  local cookies; cookies="$(mktemp)"
  local token; token=$(curl -fs -c "$cookies" -b "$cookies" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=admin" --data-urlencode "password=demo" --data-urlencode "_csrf=$token" "$base/login"
  awk '$6 == "ORE_PASS_SESSION" { print $7 }' "$cookies"; rm -f "$cookies"
}
S=$tmp/sessions; : > $S
for _ in 1 2 3 4 5 6 7 8; do sign_in >> $S; done
site_id=$(curl -fs -H "Cookie: ORE_PASS_SESSION=$(head -1 $S)" "$base/sites" | sed -n 's/.*href="\/sites\/\([0-9][0-9]*\)".*/\1/p' | head -1)
doc=$(curl -fs -H "Authorization: Bearer demo-admin" "$base/api/icglr/v1/mine-sites?limit=1" | sed -n 's/.*"icglrId":"\([^"]*\)".*/\1/p' | head -1)
sleep 15
ticks() { local pm; pm=$(head -1 "$DATA/postmaster.pid"); local t=0 v; for p in $pid $pm $(pgrep -P $pm); do v=$(awk '{print $14+$15}' /proc/$p/stat 2>/dev/null || echo 0); t=$((t+v)); done; echo $t; }
run() { # label path auth
  local h
  if [ "$3" = api ]; then h="Authorization: Bearer demo-admin"; sf=""; else h="Cookie: ORE_PASS_SESSION=$(head -1 $S)"; sf=$S; fi
  SESSIONS_FILE=$sf wrk -t2 -c8 -d${WARM:-120s} -H "$h" -s bench/report.lua "$base$2" >/dev/null
  # Then until the JIT compiler is quiet (bench/warm.sh): a build is measured warm, not while compiling.
  local jit; jit=$(warm_until_jit_quiet $pid -c8 -H "$h" "$base$2")
  local t0; t0=$(ticks); local load; load=$(cut -d' ' -f1 /proc/loadavg)
  local line; line=$(SESSIONS_FILE=$sf wrk -t2 -c8 -d20s -H "$h" -s bench/report.lua "$base$2" | tail -1)
  local t1; t1=$(ticks)
  local n; n=$(echo "$line" | sed 's/.*requests=\([0-9]*\).*/\1/')
  echo "$NAME $1 load=$load $jit $line cpu_ms_per_req=$(echo "scale=2; ($t1-$t0)*10/$n" | bc)"
}
run site-page /sites/$site_id page
WARM=${WARM2:-40s} run icglr-doc /api/icglr/v1/mine-sites/$doc api
kill $pid; wait $pid 2>/dev/null || true; rm -rf "$tmp"
