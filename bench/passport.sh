#!/usr/bin/env bash
# Passport and EPCIS benchmark (issues 18 and 19) against a running platform on the 1M-lot database (see
# bench/README.md, "Custody"; the generator also records the chains' operations and a certified export shipment
# per export lot). Picks the export lot nearest to TARGET_ANCESTORS lots upstream, fills scenarios/passport.txt with
# its lot id and verification codes, gives a user of its exporter an access token (the query's visibility case),
# then runs bench/run.sh at each of CLIENTS (default "1 16").
#
#   BASE_URL=http://localhost:8089 DURATION=15s bench/passport.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
BASE_URL="${BASE_URL:-http://localhost:8089}" TARGET_ANCESTORS="${TARGET_ANCESTORS:-1000}" CLIENTS="${CLIENTS:-1 16}"
if [ -z "${PGURL:-}" ]; then
  # The platform started last (run.sh writes app.log; a hand-started one may log elsewhere in bench/data).
  jdbc=$(grep -ho 'jdbc:postgresql://[^ ]*orepass?user=postgres' "$(ls -t "$here"/data/*.log | head -1)" | tail -1)
  PGURL="postgresql://postgres@${jdbc#jdbc:postgresql://}"
  PGURL="${PGURL%%\?*}"
fi
# The ledger chains the events noted since the database was made (V83 notes those recorded before it: about 3.5
# million on the 1M-lot database, about 9 minutes): measure once it is done, as in steady operation, unless
# WAIT_LEDGER=no.
if [ "${WAIT_LEDGER:-yes}" = yes ]; then
  while [ "$(psql "$PGURL" -Atq -c "select count(*) from ledger_pending")" != 0 ]; do
    echo "# waiting for the ledger: $(psql "$PGURL" -Atq -c "select count(*) from ledger_pending") events to chain"
    sleep 20
  done
fi
read -r lot ancestors exporter < <(psql "$PGURL" -Atq -F ' ' -c "
  select e.id, c.n - 1, e.custodian_id from (select id, custodian_id from lot where lot_number like 'GEN-E-%'
    order by id limit 80) e
  cross join lateral (with recursive up(id) as (select e.id union select li.input_lot_id from lot_input li
    join up on li.lot_id = up.id) select count(*) as n from up) c
  order by abs(c.n - 1 - $TARGET_ANCESTORS) limit 1")
[ -n "${lot:-}" ] || { echo "no generated export lot: start with --orepass.generate.lots=1000000" >&2; exit 1; }
read -r shipment_code certificate_code < <(psql "$PGURL" -Atq -F ' ' -c "
  select s.code, c.code from export_shipment e join export_certificate x on x.shipment_id = e.id
  join verification_code s on s.subject_kind = 'SHIPMENT' and s.subject_id = e.id
  join verification_code c on c.subject_kind = 'CERTIFICATE' and c.subject_id = x.id where e.export_lot_id = $lot")
[ -n "${certificate_code:-}" ] || { echo "export lot $lot has no certified shipment: regenerate (SyntheticCustody)" >&2; exit 1; }
# The middle of the exporter's events in time: a later page, as a client paging through would ask for.
middle=$(psql "$PGURL" -Atq -c "select to_char(percentile_disc(0.5) within group (order by recorded_at) at time zone 'UTC',
  'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from custody_operation where organisation_id = $exporter")
events=$(psql "$PGURL" -Atq -c "select count(*) from custody_operation where organisation_id = $exporter or counterpart_id = $exporter")
token="bench-exporter-$exporter"
psql "$PGURL" -Atq -c "insert into access_token (user_id, name, token_hash, created_at)
  select u.id, 'bench', encode(sha256(convert_to('$token', 'UTF8')), 'hex'), now() from user_account u
  where u.username = 'gen-u$exporter-1' and not exists (select 1 from access_token t
    where t.token_hash = encode(sha256(convert_to('$token', 'UTF8')), 'hex'))" >/dev/null
mkdir -p "$here/results"
scenario="$here/results/passport.txt"
sed -e "s/@LOT@/$lot/g" -e "s/@SHIPMENT_CODE@/$shipment_code/g" -e "s/@CERTIFICATE_CODE@/$certificate_code/g" \
  -e "s/@MIDDLE_TIME@/$middle/g" "$here/scenarios/passport.txt" > "$scenario"
echo "# export lot $lot ($ancestors lots upstream), exporter $exporter ($events operations as actor or other party)"
for clients in $CLIENTS; do
  BASE_URL="$BASE_URL" BENCH_TOKEN="$token" CONNECTIONS="$clients" THREADS="$(( clients < 2 ? 1 : 2 ))" \
    "$here/run.sh" "$scenario"
done
