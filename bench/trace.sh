#!/usr/bin/env bash
# Genealogy and custody-operation benchmark (issue 4). Against a running platform whose database holds generated
# custody chains (see bench/README.md, "Custody"), it measures, one client at a time:
#   1. the bare recursive SQL for the trace of an export lot with about 1,000 lots upstream (pgbench, per-query log);
#   2. the same trace through the platform: GET /lots/{id}/genealogy?direction=back (JSON, signed-in exporter);
#   3. recording a custody operation (a sale) through the real form, one after another (curl timings).
# Prints p50/p95 of each and keeps them in bench/results/. The issue's targets: the platform's trace p50 under
# 50 ms and at most twice the bare SQL's; a custody operation under 20 ms p50.
#
# Environment: BASE_URL (default http://localhost:8089), PGURL (default: read from bench/data/app.log),
# DURATION=20s, OPERATIONS=200, TARGET_ANCESTORS=1000, CONNECTIONS=1 (for the platform trace).
# SALES_ONLY=1 measures only the sales (3.). DECISION=none|other|site|supplier gives the buyer, for the sales only,
# an effective "continue" risk decision (removed afterwards): on a site outside the lot's chain, on a site the lot
# traces back to, or on the seller. A purchase then walks the lot's chain and checks the decisions it meets
# (docs/performance.md, "Purchases and risk decisions").
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
BASE_URL="${BASE_URL:-http://localhost:8089}"
DURATION="${DURATION:-20s}" OPERATIONS="${OPERATIONS:-200}" TARGET_ANCESTORS="${TARGET_ANCESTORS:-1000}"
CONNECTIONS="${CONNECTIONS:-1}" SALES_ONLY="${SALES_ONLY:-}" DECISION="${DECISION:-none}"
if [ -z "${PGURL:-}" ]; then
  jdbc=$(grep -o 'jdbc:postgresql://[^ ]*orepass?user=postgres' "$here/data/app.log" | tail -1)
  PGURL="postgresql://postgres@${jdbc#jdbc:postgresql://}"
  PGURL="${PGURL%%\?*}"
fi
for tool in psql pgbench wrk curl; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The export lot whose chain is nearest to the target size (chains hold 300 to 2,100 lots, see SyntheticCustody).
read -r lot ancestors custodian < <(psql "$PGURL" -Atq -F ' ' -c "
  select e.id, c.n - 1, e.custodian_id from (select id, custodian_id from lot where lot_number like 'GEN-E-%'
    order by id limit 80) e
  cross join lateral (with recursive up(id) as (select e.id union select li.input_lot_id from lot_input li
    join up on li.lot_id = up.id) select count(*) as n from up) c
  order by abs(c.n - 1 - $TARGET_ANCESTORS) limit 1")
[ -n "${lot:-}" ] || { echo "no generated export lot: start with --orepass.generate.lots=1000000" >&2; exit 1; }

percentiles() { # reads numbers (ms), prints "n p50 p95"
  sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print "0 - -"; exit }
    printf "%d %.1f %.1f\n", NR, v[int((NR - 1) * 0.50) + 1], v[int((NR - 1) * 0.95) + 1] }'
}

# 1. The bare recursive SQL for the same trace: the mine sites of origin with each one's share by mass (every path
#    followed, each link weighted by what its input gave), as someone would write it by hand in psql.
cat > "$work/trace.sql" <<SQL
with recursive up(id, share) as (
  select :lot::bigint, 1.0::numeric
  union all
  select li.input_lot_id, up.share * li.mass_kg / (select sum(x.mass_kg) from lot_input x where x.lot_id = li.lot_id)
  from up join lot_input li on li.lot_id = up.id)
select l.site_id, s.name, s.country, s.status, sum(up.share) as share
from up join lot l on l.id = up.id join mine_site s on s.id = l.site_id
group by l.site_id, s.name, s.country, s.status order by share desc;
SQL
# 1a. Only the walk: every lot upstream with its inputs and site id (a lower bound for any trace).
cat > "$work/walk.sql" <<SQL
with recursive up(id) as (select :lot::bigint union select li.input_lot_id from lot_input li join up on li.lot_id = up.id)
select l.id, l.site_id, l.mass_kg, li.input_lot_id, li.mass_kg from up join lot l on l.id = up.id
left join lot_input li on li.lot_id = l.id;
SQL
# 1b. The query the platform runs for it (JdbcLotGraph: the same walk with lot numbers, custodians, sites, tags).
cat > "$work/platform.sql" <<SQL
with recursive chain(id) as (
    select unnest(array[:lot]::bigint[])
  union
    select li.input_lot_id from lot_input li join chain on li.lot_id = chain.id
)

select l.id, l.lot_number, l.originating_operation, l.mineral, l.mass_kg, l.uncertified,
       o.name as custodian, l.site_id, s.name as site_name, s.country as site_country, s.status,
       s.status_since, s.correction_deadline, t.number as tag_number, t.status as tag_status,
       li.input_lot_id, li.mass_kg as input_kg
from chain
join lot l on l.id = chain.id
join organisation o on o.id = l.custodian_id
left join mine_site s on s.id = l.site_id
left join custody_tag t on t.id = l.tag_id
left join lot_input li on li.lot_id = l.id
order by l.id, li.id
;
SQL
if [ -z "$SALES_ONLY" ]; then
(cd "$work" && pgbench -n -c 1 -T "${DURATION%s}" -f trace.sql -D lot="$lot" -l --log-prefix=sql "$PGURL" >/dev/null)
read -r sql_n sql_p50 sql_p95 < <(cat "$work"/sql.* | awk '{ print $3 / 1000 }' | percentiles)
(cd "$work" && pgbench -n -c 1 -T "${DURATION%s}" -f walk.sql -D lot="$lot" -l --log-prefix=walk "$PGURL" >/dev/null)
read -r walk_n walk_p50 walk_p95 < <(cat "$work"/walk.* | awk '{ print $3 / 1000 }' | percentiles)
(cd "$work" && pgbench -n -c 1 -T "${DURATION%s}" -f platform.sql -D lot="$lot" -l --log-prefix=psql "$PGURL" >/dev/null)
read -r psql_n psql_p50 psql_p95 < <(cat "$work"/psql.* | awk '{ print $3 / 1000 }' | percentiles)
fi

# Sign in as a user of the exporter holding the lot (generated users: gen-u<organisation>-<k>, bench-password).
cookies="$work/cookies"
csrf() { curl -fs -c "$cookies" -b "$cookies" "$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
token=$(csrf "$BASE_URL/login")
curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=gen-u$custodian-1" \
  --data-urlencode "password=bench-password" --data-urlencode "_csrf=$token" "$BASE_URL/login"
session=$(awk '$6 == "ORE_PASS_SESSION" { print $7 }' "$cookies")
[ -n "$session" ] || { echo "could not sign in as gen-u$custodian-1" >&2; exit 1; }

# 2. The same trace through the platform (JSON), after a warm-up.
url="$BASE_URL/lots/$lot/genealogy?direction=back"
curl -fs -o "$work/trace.json" -b "$cookies" "$url" || { echo "GET $url failed" >&2; exit 1; }
if [ -z "$SALES_ONLY" ]; then
wrk -t1 -c"$CONNECTIONS" -d10s -H "Cookie: ORE_PASS_SESSION=$session" "$url" >/dev/null
app=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -H "Cookie: ORE_PASS_SESSION=$session" -s "$here/report.lua" "$url" | tail -1)
fi

# 3. Custody operations: sales of 1 kg from an export lot to another exporter, one after another, each with the
#    lot's current version as the form carries it, signed in as a user of the lot's custodian. Only the POST is timed.
read -r sale_lot seller buyer < <(psql "$PGURL" -Atq -F ' ' -c "
  select l.id, l.custodian_id, (select id from organisation where type = 'EXPORTER' and active
         and id <> l.custodian_id order by id limit 1)
  from lot l where l.lot_number like 'GEN-E-%' and l.id <> $lot and l.remaining_kg >= $OPERATIONS
  order by l.id desc limit 1")
decision_id=""
if [ "$DECISION" != none ]; then
  case "$DECISION" in
    other) subject="'SITE', null, (select id from mine_site s where not exists (select 1 from lot l where l.site_id = s.id) order by id limit 1)" ;;
    site) subject="'SITE', null, (with recursive up(id) as (select $sale_lot::bigint union select li.input_lot_id from lot_input li
            join up on li.lot_id = up.id) select l.site_id from up join lot l on l.id = up.id where l.site_id is not null
            order by l.site_id limit 1)" ;;
    supplier) subject="'SUPPLIER', $seller, null" ;;
    *) echo "DECISION is none, other, site or supplier" >&2; exit 1 ;;
  esac
  decision_id=$(psql "$PGURL" -Atq -c "insert into risk_assessment (assessing_org_id, subject_kind, supplier_org_id,
      site_id, decision, decision_status, decided_by, decided_at, created_by, created_at)
    values ($buyer, $subject, 'CONTINUE', 'EFFECTIVE', 'bench', now(), 'bench', now()) returning id" | head -1)
  trap 'psql "$PGURL" -Atq -c "delete from risk_assessment where id = $decision_id" >/dev/null; rm -rf "$work"' EXIT
fi
sellers="$work/sellers"
token=$(curl -fs -c "$sellers" -b "$sellers" "$BASE_URL/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$sellers" -b "$sellers" --data-urlencode "username=gen-u$seller-1" \
  --data-urlencode "password=bench-password" --data-urlencode "_csrf=$token" "$BASE_URL/login"
: > "$work/operations"
for _ in $(seq 1 "$OPERATIONS"); do
  page=$(curl -fs -c "$sellers" -b "$sellers" "$BASE_URL/lots/$sale_lot")
  token=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
  version=$(grep -o 'name="version" value="[0-9]*"' <<<"$page" | head -1 | grep -o '[0-9]*')
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$sellers" --data-urlencode "_csrf=$token" \
    --data-urlencode "version=$version" --data-urlencode "buyerId=$buyer" --data-urlencode "massKg=1" \
    "$BASE_URL/lots/$sale_lot/sales" >> "$work/operations"
done
failed=$(awk '$1 != 302' "$work/operations" | wc -l)
read -r op_n op_p50 op_p95 < <(awk '$1 == 302 { print $2 * 1000 }' "$work/operations" | percentiles)

# The two must agree: how many sites of origin, and the largest share, by the bare SQL and in the platform's JSON.
sql_top=$(psql "$PGURL" -Atq -v lot="$lot" -f "$work/trace.sql" | awk -F'|' '{ n++; if ($5 > max) max = $5 }
  END { printf "%d sites, largest share %.4f", n, max }')
json_top=$(python3 -c 'import json,sys; o=json.load(open(sys.argv[1]))["origins"]; print("%d sites, largest share %.4f" % (len(o), max(x["share"] for x in o)))' "$work/trace.json")

mkdir -p "$here/results"
out="$here/results/$(date -u +%Y%m%dT%H%M%SZ)-trace.txt"
{
  echo "# trace at $(date -u +%FT%TZ): lot $lot with $ancestors lots upstream ($(grep -o '"siteId"' "$work/trace.json" | wc -l) site refs in the JSON, $(wc -c < "$work/trace.json") bytes)"
  echo "# origins: bare SQL $sql_top; platform JSON $json_top"
  echo "# machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; lots in database: $(psql "$PGURL" -Atqc 'select count(*) from lot')"
  if [ -z "$SALES_ONLY" ]; then
  printf '%-28s queries=%d p50_ms=%s p95_ms=%s\n' "trace-bare-sql" "$sql_n" "$sql_p50" "$sql_p95"
  printf '%-28s queries=%d p50_ms=%s p95_ms=%s\n' "walk-only-sql" "$walk_n" "$walk_p50" "$walk_p95"
  printf '%-28s queries=%d p50_ms=%s p95_ms=%s\n' "trace-platform-sql" "$psql_n" "$psql_p50" "$psql_p95"
  printf '%-28s %s\n' "trace-platform-json" "$app"
  fi
  echo "# sales: lot $sale_lot from organisation $seller to $buyer; buyer's decision: $DECISION${decision_id:+ (assessment $decision_id)}"
  printf '%-28s operations=%d failed=%d p50_ms=%s p95_ms=%s\n' "custody-operation-sale" "$op_n" "$failed" "$op_p50" "$op_p95"
} | tee "$out"
echo "Figures kept in ${out#$(dirname "$here")/}"
