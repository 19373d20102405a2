#!/usr/bin/env bash
# Issue 20's figure: the SMS callback answers 2xx in under 200 ms p95 at 20 messages a second, the replies going
# out from the queue afterwards. Starts the platform (demo data, embedded PostgreSQL in bench/data/sms-postgres)
# with an Africa's Talking channel, warms it up, then sends about 20 messages a second (RATE, see bench/sms.lua) for DURATION, each a whole
# report from its own phone (bench/sms.lua), and prints p50/p95/p99 into bench/results/.
#
#   bench/sms.sh                 RATE=24 CONNECTIONS=4 DURATION=30s WARMUP=20s PORT=8091
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
RATE="${RATE:-24}" CONNECTIONS="${CONNECTIONS:-4}" DURATION="${DURATION:-30s}" WARMUP="${WARMUP:-20s}" PORT="${PORT:-8091}"
export RATE CONNECTIONS
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
token="bench-sms-token"
base="http://localhost:$PORT"

[ -f "$root/platform-web/target/orepass.jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests package)
mkdir -p "$here/data"
cp "$root/platform-web/target/orepass.jar" "$here/data/orepass-sms.jar"
java -Xmx1g -jar "$here/data/orepass-sms.jar" --server.port="$PORT" \
  --orepass.embedded-database.directory="$here/data/sms-postgres" \
  --orepass.sms.africastalking.token="$token" --orepass.sms.africastalking.allow-from=127.0.0.1,::1 \
  --orepass.sms.africastalking.country=CD --orepass.sms.africastalking.api-url=http://127.0.0.1:9 \
  --orepass.sms.delivery.enabled=false --orepass.incidents.reports-per-hour-total=1000000 \
  > "$here/data/sms-app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -fs "$base/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { echo "OrePass did not start: see bench/data/sms-app.log" >&2; exit 1; }
  sleep 1
done
url="$base/sms/inbound/africastalking/$token"
mkdir -p "$here/results"
out="$here/results/$(date -u +%Y%m%dT%H%M%SZ)-sms.txt"
{
  echo "# sms at $(date -u +%FT%TZ): $RATE messages/s over $CONNECTIONS connections, $DURATION (warm-up $WARMUP)"
  echo "# machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); replies queued, delivery off"
} | tee "$out"
wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s "$here/sms.lua" "$url" >/dev/null
line=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -s "$here/sms.lua" "$url" | tail -1)
printf '%-28s %s\n' "sms-report-callback" "$line" | tee -a "$out"
echo "Figures kept in ${out#$root/}"
