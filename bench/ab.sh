#!/usr/bin/env bash
# Two builds of the signed-in site page side by side (issue 15): both run at once, each on its own copy of the
# embedded database (DATA_A, DATA_B), are warmed (WARM), then measured in turn, ROUNDS x (A, B), D each: rounds that
# interleave the builds keep the machine's drift (large on shared machines) out of the ratio. Prints req/s and CPU
# (JVM + its PostgreSQL) per request. Hold the Maven lock meanwhile:
#   DATA_A=bench/data/postgres DATA_B=bench/data/postgres-copy flock /tmp/orepass-maven.lock bench/ab.sh old.jar new.jar
set -eu
. "$(dirname "$0")/warm.sh"
A=$1; B=$2; ROUNDS=${ROUNDS:-3}; D=${D:-15s}; WARM=${WARM:-60s}
export OREPASS_ALERTS_SCAN_ENABLED=false SPRING_FLYWAY_OUT_OF_ORDER=true
java -Xmx2g -jar $A --server.port=8101 --orepass.embedded-database.directory=${DATA_A:?the embedded database directory for build A} > /tmp/ab-a.log 2>&1 & pa=$!
java -Xmx2g -jar $B --server.port=8102 --orepass.embedded-database.directory=${DATA_B:?a copy of the database for build B} > /tmp/ab-b.log 2>&1 & pb=$!
trap 'kill $pa $pb 2>/dev/null; wait' EXIT
for p in 8101 8102; do for _ in $(seq 1 300); do curl -fs localhost:$p/actuator/health/readiness >/dev/null 2>&1 && break; sleep 1; done; done
sess() { local c; c=$(mktemp); local t; t=$(curl -fs -c $c -b $c "http://localhost:$1/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -c $c -b $c --data-urlencode username=admin --data-urlencode password=demo --data-urlencode "_csrf=$t" "http://localhost:$1/login"; awk '$6 == "ORE_PASS_SESSION" { print $7 }' $c; }
sa=$(sess 8101); sb=$(sess 8102)
# The page measured: PATHQ, else the first site of the list (as compare.sh picks it).
site=$(curl -fs -H "Cookie: ORE_PASS_SESSION=$sa" http://localhost:8101/sites | sed -n 's/.*href="\/sites\/\([0-9][0-9]*\)".*/\1/p' | head -1)
PATHQ=${PATHQ:-/sites/$site}
ticks() { local pm; pm=$(head -1 "$2/postmaster.pid"); local t=0 v; for p in $1 $pm $(pgrep -P $pm); do v=$(awk '{print $14+$15}' /proc/$p/stat 2>/dev/null || echo 0); t=$((t+v)); done; echo $t; }
one() { # port session pid data label duration
  local t0 t1 out n rps; t0=$(ticks $3 $4)
  out=$(wrk -t2 -c8 -d$6 -H "Cookie: ORE_PASS_SESSION=$2" "http://localhost:$1$PATHQ")
  t1=$(ticks $3 $4)
  n=$(echo "$out" | awk '/requests in/ {print $1}'); rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  echo "$5 rps=$rps cpu_ms=$(echo "scale=2; ($t1-$t0)*10/$n" | bc)"
}
one 8101 $sa $pa ${DATA_A:?the embedded database directory for build A} warmA $WARM >/dev/null; one 8102 $sb $pb ${DATA_B:?a copy of the database for build B} warmB $WARM >/dev/null
# Then each until its JIT compiler is quiet (bench/warm.sh): the builds are compared warm, not while compiling.
echo "A $(warm_until_jit_quiet $pa -c8 -H "Cookie: ORE_PASS_SESSION=$sa" "http://localhost:8101$PATHQ")"
echo "B $(warm_until_jit_quiet $pb -c8 -H "Cookie: ORE_PASS_SESSION=$sb" "http://localhost:8102$PATHQ")"
for r in $(seq 1 $ROUNDS); do one 8101 $sa $pa ${DATA_A:?the embedded database directory for build A} A $D; one 8102 $sb $pb ${DATA_B:?a copy of the database for build B} B $D; done
