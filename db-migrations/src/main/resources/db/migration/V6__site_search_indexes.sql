-- The site list's text search looks in the name, the ICGLR id and the national id ("contains"): without these
-- trigram indexes it read all 100,000 sites of the benchmark (bench/scenarios/sites.txt, docs/performance.md).
create index mine_site_icglr_id_trgm on mine_site using gin (lower(icglr_id) gin_trgm_ops);
create index mine_site_national_id_trgm on mine_site using gin (lower(national_id) gin_trgm_ops);
