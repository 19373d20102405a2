#!/usr/bin/env bash
# Issue 23's figure: a meeting's entries for 30 members saved in under 100 ms p50. Starts the platform (demo data,
# embedded PostgreSQL in bench/data/savings-postgres), signs in as the demo CSO monitor (cso/demo), brings the demo
# community group (which has an open cycle) to 30 members, then posts the meeting form COUNT times, each meeting a
# full one (30 lines: attendance, shares, social fund, some repayments, fines), the ledger growing as it would over
# cycles, and prints p50/p95/max of the POST (its redirect not followed) into bench/results/.
#
#   bench/savings.sh             COUNT=50 WARMUP=10 PORT=8093   (60 meetings in all: more than a weekly cycle)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
COUNT="${COUNT:-50}" WARMUP="${WARMUP:-10}" PORT="${PORT:-8093}"
base="http://localhost:$PORT"

[ -f "$root/platform-web/target/orepass.jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests package)
mkdir -p "$here/data"
cp "$root/platform-web/target/orepass.jar" "$here/data/orepass-savings.jar"
rm -rf "$here/data/savings-postgres"
java -Xmx1g -jar "$here/data/orepass-savings.jar" --server.port="$PORT" \
  --orepass.embedded-database.directory="$here/data/savings-postgres" > "$here/data/savings-app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -fs "$base/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { echo "OrePass did not start: see bench/data/savings-app.log" >&2; exit 1; }
  sleep 1
done
jar="$here/data/savings-cookies.txt"
rm -f "$jar"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
token=$(curl -fs -c "$jar" -b "$jar" "$base/login" | csrf)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=cso" --data-urlencode "password=demo" \
  --data-urlencode "_csrf=$token" "$base/login"
group=$(curl -fs -c "$jar" -b "$jar" "$base/savings-groups" | grep -o 'href="/savings-groups/[0-9]*">Kamituga' \
  | grep -o '[0-9]*' | head -1)
[ -n "$group" ] || { echo "the demo community group is missing: see bench/data/savings-app.log" >&2; exit 1; }
while [ "$(curl -fs -c "$jar" -b "$jar" "$base/savings-groups/$group/meetings/new" | grep -c 'lines\[[0-9]*\].memberId')" -lt 30 ]; do
  token=$(curl -fs -c "$jar" -b "$jar" "$base/savings-groups/$group" | csrf)
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode "name=Bench member" \
    --data-urlencode "sex=FEMALE" --data-urlencode "role=MEMBER" "$base/savings-groups/$group/members"
done
form=$(curl -fs -c "$jar" -b "$jar" "$base/savings-groups/$group/meetings/new")
token=$(csrf <<<"$form")
ids=$(grep -o 'name="lines\[[0-9]*\].memberId" value="[0-9]*"' <<<"$form" | grep -o 'value="[0-9]*"' | grep -o '[0-9]*')
body="$here/data/savings-meeting.txt"
{
  printf '_csrf=%s&heldOn=%s' "$token" "$(date -u +%F)"
  i=0
  for id in $ids; do
    printf '&lines[%d].memberId=%s&lines[%d].present=true&lines[%d].shares=%d&lines[%d].socialFund=true' \
      "$i" "$id" "$i" "$i" $((1 + i % 5)) "$i"
    [ $((i % 7)) -eq 0 ] && printf '&lines[%d].fine=500' "$i"
    i=$((i + 1))
  done
} | sed 's/\[/%5B/g; s/\]/%5D/g' > "$body"
post() {
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$jar" -H 'Content-Type: application/x-www-form-urlencoded' \
    --data-binary "@$body" "$base/savings-groups/$group/meetings"
}
first=$(post)
[ "${first%% *}" = "302" ] || { echo "the meeting was not saved (HTTP ${first%% *})" >&2; exit 1; }
for _ in $(seq 1 "$WARMUP"); do post >/dev/null; done
times="$here/data/savings-times.txt"
: > "$times"
for _ in $(seq 1 "$COUNT"); do post | awk '$1 == 302 { print $2 * 1000 }' >> "$times"; done
saved=$(wc -l < "$times")
mkdir -p "$here/results"
out="$here/results/$(date -u +%Y%m%dT%H%M%SZ)-savings.txt"
{
  echo "# savings at $(date -u +%FT%TZ): $COUNT meetings of 30 members posted one after another (warm-up $WARMUP)"
  echo "# machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  sort -n "$times" | awk -v n="$saved" '{ t[NR] = $1 } END {
    printf "%-28s saved %d  p50 %.1f ms  p95 %.1f ms  max %.1f ms\n", "savings-meeting-30-members", n,
      t[int(n * 0.50 + 0.5)], t[int(n * 0.95 + 0.5)], t[n] }'
} | tee "$out"
echo "Figures kept in ${out#$root/}"
