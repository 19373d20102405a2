#!/usr/bin/env bash
# OrePass load benchmark: wrk against a running platform, or against one this script starts on a generated
# dataset. Prints p50/p95/p99 per URL and keeps the figures in bench/results/.
#
#   bench/run.sh scenarios/foundation.txt
#
# Environment (all optional):
#   BASE_URL=http://localhost:8080   use a platform that is already running instead of starting one
#   SCALE=20000                      organisations to generate (users: 5 per organisation)
#   SITES=0                          mine sites to generate (scenarios/sites.txt wants 100000)
#   INCIDENTS=0                      incidents to generate at those sites (scenarios/incidents.txt wants 1000000)
#   CONNECTIONS=16 THREADS=2 DURATION=20s WARMUP=5s PREWARM=5s (one round over all URLs first)
#   BENCH_USER=admin BENCH_PASSWORD=demo   who signs in for page scenarios (demo mode has admin/demo)
#   BENCH_TOKEN=demo-admin           bearer token for lines marked "api"
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
scenario="${1:-$here/scenarios/foundation.txt}"
[ -f "$scenario" ] || scenario="$here/$scenario"
CONNECTIONS="${CONNECTIONS:-16}" THREADS="${THREADS:-2}" DURATION="${DURATION:-20s}" WARMUP="${WARMUP:-5s}"
SCALE="${SCALE:-20000}" SITES="${SITES:-0}" INCIDENTS="${INCIDENTS:-0}" BENCH_USER="${BENCH_USER:-admin}" BENCH_PASSWORD="${BENCH_PASSWORD:-demo}"
BENCH_TOKEN="${BENCH_TOKEN:-demo-admin}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

started_pid=""
cleanup() { if [ -n "$started_pid" ]; then kill "$started_pid" 2>/dev/null || true; wait "$started_pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

if [ -z "${BASE_URL:-}" ]; then
  BASE_URL="http://localhost:${PORT:-8089}"
  [ -f "$root/platform-web/target/orepass.jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests package)
  mkdir -p "$here/data"
  # A copy: a build during the run would otherwise replace the jar under the running JVM (classes then fail to load).
  cp "$root/platform-web/target/orepass.jar" "$here/data/orepass.jar"
  jar="$here/data/orepass.jar"
  echo "Starting OrePass on $BASE_URL with $SCALE generated organisations (data in bench/data)..."
  java -Xmx2g -jar "$jar" --server.port="${PORT:-8089}" \
    --orepass.embedded-database.directory="$here/data/postgres" \
    --orepass.generate.organisations="$SCALE" --orepass.generate.sites="$SITES" --orepass.generate.incidents="$INCIDENTS" > "$here/data/app.log" 2>&1 &
  started_pid=$!
  for _ in $(seq 1 300); do
    curl -fs "$BASE_URL/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$started_pid" 2>/dev/null || { echo "OrePass did not start: see bench/data/app.log" >&2; exit 1; }
    sleep 1
  done
fi

# Sign in through the real form and keep the session cookie for page scenarios.
jar_cookies="$(mktemp)"
csrf=$(curl -fs -c "$jar_cookies" -b "$jar_cookies" "$BASE_URL/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$jar_cookies" -b "$jar_cookies" --data-urlencode "username=$BENCH_USER" \
  --data-urlencode "password=$BENCH_PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE_URL/login"
session=$(awk '$6 == "ORE_PASS_SESSION" { print $7 }' "$jar_cookies")
[ -n "$session" ] || { echo "could not sign in as $BENCH_USER" >&2; exit 1; }
# One session per connection, as real users have: clients sharing one session row queue on its update.
export SESSIONS_FILE="$(mktemp)"
for _ in $(seq 1 "$CONNECTIONS"); do
  cookies="$(mktemp)"
  token=$(curl -fs -c "$cookies" -b "$cookies" "$BASE_URL/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=$BENCH_USER" \
    --data-urlencode "password=$BENCH_PASSWORD" --data-urlencode "_csrf=$token" "$BASE_URL/login"
  awk '$6 == "ORE_PASS_SESSION" { print $7 }' "$cookies" >> "$SESSIONS_FILE"
  rm -f "$cookies"
done

mkdir -p "$here/results"
out="$here/results/$(date -u +%Y%m%dT%H%M%SZ)-$(basename "$scenario" .txt).txt"
{
  echo "# $(basename "$scenario") at $(date -u +%FT%TZ): $CONNECTIONS connections, $THREADS threads, $DURATION"
  echo "# machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
} | tee "$out"
# A freshly started JVM compiles its hot paths during the first minute: one round over every URL first, so the
# first scenarios are not measured on a cold JVM.
while read -r name auth path; do
  case "$name" in ''|'#'*) continue ;; esac
  if [ "$auth" = "api" ]; then header="Authorization: Bearer $BENCH_TOKEN"; else header="Cookie: ORE_PASS_SESSION=$session"; fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${PREWARM:-5s}" -H "$header" "$BASE_URL$path" >/dev/null
done < "$scenario"
while read -r name auth path; do
  case "$name" in ''|'#'*) continue ;; esac
  if [ "$auth" = "api" ]; then header="Authorization: Bearer $BENCH_TOKEN"; else header="Cookie: ORE_PASS_SESSION=$session"; fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "$header" "$BASE_URL$path" >/dev/null
  if [ "$auth" = "api" ]; then sessions=""; else sessions="$SESSIONS_FILE"; fi
  line=$(SESSIONS_FILE="$sessions" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -H "$header" -s "$here/report.lua" "$BASE_URL$path" | tail -1)
  printf '%-28s %s\n' "$name" "$line" | tee -a "$out"
done < "$scenario"
echo "Figures kept in ${out#$root/}"
