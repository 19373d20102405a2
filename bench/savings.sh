#!/usr/bin/env bash
# Issue 23's figure: a meeting's entries for 30 members saved in under 100 ms p50. Starts the platform (demo data,
# embedded PostgreSQL in bench/data/savings-postgres), signs in as the demo CSO monitor (cso/demo), registers a
# community group of 30 members whose cycle started COUNT + WARMUP + 6 days ago, then posts the meeting form COUNT
# times, each meeting a full one (30 lines: attendance, shares, social fund, some fines) on its own day (a group
# meets once a day), the ledger growing as it would over a cycle, and prints p50/p95/max of the POST (its redirect not followed) into bench/results/.
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
# A group meets once a day (V111): the bench registers its own community group of 30 members whose cycle started
# far enough back for every meeting to have its own day, one day after the other up to today.
meetings=$((COUNT + WARMUP + 1))
start=$(date -u -d "-$((meetings + 5)) days" +%F)
page=$(curl -fs -c "$jar" -b "$jar" "$base/savings-groups/new")
token=$(csrf <<<"$page")
cso=$(sed -n '/id="csoId"/,/<\/select>/p' <<<"$page" | grep -o 'value="[0-9][0-9]*"' | head -1 | grep -o '[0-9]*')
[ -n "$cso" ] || { echo "the demo CSO is missing: see bench/data/savings-app.log" >&2; exit 1; }
group=$(curl -fs -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" \
  --data-urlencode "name=Bench group $(date +%s)" --data-urlencode "community=Bench" --data-urlencode "csoId=$cso" \
  --data-urlencode "currency=UGX" "$base/savings-groups" | grep -o '[0-9]*$')
[ -n "$group" ] || { echo "the bench group was not registered" >&2; exit 1; }
token=$(curl -fs -c "$jar" -b "$jar" "$base/savings-groups/$group" | csrf)
for i in $(seq 1 30); do
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode "name=Bench member $i" \
    --data-urlencode "sex=FEMALE" --data-urlencode "role=MEMBER" "$base/savings-groups/$group/members"
done
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode "startOn=$start" \
  --data-urlencode "shareValue=1000" --data-urlencode "minShares=1" --data-urlencode "maxShares=5" \
  --data-urlencode "serviceChargePercent=10" --data-urlencode "chargeMethod=FLAT" --data-urlencode "maxLoanMultiple=3" \
  --data-urlencode "socialFundContribution=200" --data-urlencode "fine=500" --data-urlencode "cycleMonths=12" \
  "$base/savings-groups/$group/constitution"
form=$(curl -fs -c "$jar" -b "$jar" "$base/savings-groups/$group/meetings/new")
token=$(csrf <<<"$form")
ids=$(grep -o 'name="lines\[[0-9]*\].memberId" value="[0-9]*"' <<<"$form" | grep -o 'value="[0-9]*"' | grep -o '[0-9]*')
[ "$(wc -w <<<"$ids")" -eq 30 ] || { echo "the bench group has not 30 members" >&2; exit 1; }
body="$here/data/savings-meeting.txt"
{
  printf '_csrf=%s&heldOn=@DAY@' "$token"
  i=0
  for id in $ids; do
    printf '&lines[%d].memberId=%s&lines[%d].present=true&lines[%d].shares=%d&lines[%d].socialFund=true' \
      "$i" "$id" "$i" "$i" $((1 + i % 5)) "$i"
    [ $((i % 7)) -eq 0 ] && printf '&lines[%d].fine=500' "$i"
    i=$((i + 1))
  done
} | sed 's/\[/%5B/g; s/\]/%5D/g' > "$body"
# The day counter lives in a file: post runs in a subshell ($(post), post | awk).
echo 0 > "$here/data/savings-day.txt"
post() {
  local day=$(($(cat "$here/data/savings-day.txt") + 1))
  echo "$day" > "$here/data/savings-day.txt"
  sed "s/@DAY@/$(date -u -d "$start + $day days" +%F)/" "$body" > "$body.now"
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$jar" -H 'Content-Type: application/x-www-form-urlencoded' \
    --data-binary "@$body.now" "$base/savings-groups/$group/meetings"
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
