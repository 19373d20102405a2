#!/usr/bin/env bash
# Start-up time from the built jar to the first page, on an existing embedded database (runs N times).
#   bench/startup.sh [runs]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs="${1:-3}" port="${PORT:-8088}"
mode="${MODE:-start.sh}"   # MODE=jar measures plain "java -jar orepass.jar"
jar="$root/platform-web/target/orepass.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests package)
mkdir -p "$here/data"
for run in $(seq 0 "$runs"); do
  start=$(date +%s%N)
  if [ "$mode" = jar ]; then
    java -jar "$jar" --server.port="$port" --orepass.embedded-database.directory="$here/data/startup-pg" \
      > "$here/data/startup.log" 2>&1 &
  else
    ORE_PASS_DATA_DIR="$here/data/startup-pg" "$root/start.sh" --server.port="$port" \
      > "$here/data/startup.log" 2>&1 &
  fi
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/login"; do sleep 0.05; done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  while [ -f "$here/data/startup-pg/postmaster.pid" ]; do sleep 0.1; done
  # Run 0 creates the embedded database (and, with start.sh, the class-data archive); the figure that counts
  # is with both in place.
  if [ "$run" -eq 0 ]; then echo "first start ($mode, creates the database): ${ms} ms"; else echo "start-up $run ($mode): ${ms} ms"; fi
done
