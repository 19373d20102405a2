#!/usr/bin/env bash
# Issue 5: submitting an incident report stays under 50 ms p50. Posts REPORTS reports through the real forms, one
# after another, and prints p50/p95 of the POST alone (curl timings; results kept in bench/results/):
#   incident-report-signed-in   a CSO monitor's report (POST /incidents, answered by a redirect to the incident)
#   incident-report-anonymous   the public form (POST /report, answered by the page with the follow-up code)
# Start the platform with a rate limit that lets one client post them all, e.g.
#   java -jar orepass.jar ... --orepass.incidents.reports-per-hour=100000
# Environment: BASE_URL (default http://localhost:8089), REPORTS=300, BENCH_USER=cso, BENCH_PASSWORD=demo.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
BASE_URL="${BASE_URL:-http://localhost:8089}" REPORTS="${REPORTS:-300}"
BENCH_USER="${BENCH_USER:-cso}" BENCH_PASSWORD="${BENCH_PASSWORD:-demo}"
command -v curl >/dev/null || { echo "curl is missing" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$here/results"

percentiles() { # reads numbers (ms), prints "n p50 p95"
  sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print "0 - -"; exit }
    printf "%d %.1f %.1f\n", NR, v[int((NR - 1) * 0.50) + 1], v[int((NR - 1) * 0.95) + 1] }'
}
token() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
category=$(curl -fs "$BASE_URL/report" | grep -o '<option value="[0-9]*"' | sed -n '3s/[^0-9]//gp')
[ -n "$category" ] || { echo "no category on $BASE_URL/report" >&2; exit 1; }
fields=(--data-urlencode "categoryId=$category" --data-urlencode "severity=2" --data-urlencode "occurredOn=2026-11-01"
  --data-urlencode "country=CD" --data-urlencode "division=CD-NK" --data-urlencode "locality=Rubaya"
  --data-urlencode "affectedWomen=1" --data-urlencode "affectedMen=2" --data-urlencode "affectedGirls=0"
  --data-urlencode "affectedBoys=0")

# Signed in: the session's CSRF token serves every post of that session.
signed="$work/signed"
csrf=$(curl -fs -c "$signed" -b "$signed" "$BASE_URL/login" | token)
curl -fs -o /dev/null -c "$signed" -b "$signed" --data-urlencode "username=$BENCH_USER" \
  --data-urlencode "password=$BENCH_PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE_URL/login"
csrf=$(curl -fs -b "$signed" "$BASE_URL/incidents/new" | token)
[ -n "$csrf" ] || { echo "could not open /incidents/new as $BENCH_USER" >&2; exit 1; }
for i in $(seq 1 "$REPORTS"); do
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$signed" --data-urlencode "_csrf=$csrf" "${fields[@]}" \
    --data-urlencode "mineral=GOLD" --data-urlencode "description=bench report $i: a pit wall collapsed" \
    "$BASE_URL/incidents" >> "$work/signed.times"
done

# Anonymous: one session for the form's token, as a phone keeps its cookie between two reports.
anonymous="$work/anonymous"
csrf=$(curl -fs -c "$anonymous" -b "$anonymous" "$BASE_URL/report" | token)
for i in $(seq 1 "$REPORTS"); do
  # A 200 is also what a refused form answers: only the receipt with its follow-up code counts.
  timing=$(curl -s -o "$work/answer.html" -w '%{http_code} %{time_total}' -b "$anonymous" \
    --data-urlencode "_csrf=$csrf" "${fields[@]}" \
    --data-urlencode "description=bench public report $i: armed men at the pit" "$BASE_URL/report")
  grep -q 'id="follow-up-code"' "$work/answer.html" || timing="refused ${timing#* }"
  echo "$timing" >> "$work/anonymous.times"
done

read -r s_n s_p50 s_p95 < <(awk '$1 == 302 { print $2 * 1000 }' "$work/signed.times" | percentiles)
read -r a_n a_p50 a_p95 < <(awk '$1 == 200 { print $2 * 1000 }' "$work/anonymous.times" | percentiles)
s_failed=$(awk '$1 != 302' "$work/signed.times" | wc -l)
a_failed=$(awk '$1 != 200' "$work/anonymous.times" | wc -l)
result="$here/results/$(date -u +%Y%m%dT%H%M%SZ)-report.txt"
{
  echo "# report.sh at $(date -u +%FT%TZ): $REPORTS reports each, one after another"
  echo "# machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB; $(java -version 2>&1 | head -1)"
  printf '%-28s reports=%d failed=%d p50_ms=%s p95_ms=%s\n' incident-report-signed-in "$s_n" "$s_failed" "$s_p50" "$s_p95"
  printf '%-28s reports=%d failed=%d p50_ms=%s p95_ms=%s\n' incident-report-anonymous "$a_n" "$a_failed" "$a_p50" "$a_p95"
} | tee "$result"
echo "Figures kept in $result"
