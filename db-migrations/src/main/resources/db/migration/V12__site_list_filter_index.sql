-- Counting a filtered site list (up to "more than 1,000") read each matching row from the table: about 10 us a
-- row, scattered. These two indexes carry every column the list filters compare, so counts are read from an
-- index alone (index-only scans: 15-20 ms became about 2 ms for a country with a status and a mineral, or a
-- division with a stage and an activity; docs/performance.md). One leads with the status (status filters, the
-- ICGLR API), the other with the division.
create index if not exists mine_site_status_filter_idx on mine_site (country, status, status_since)
    include (mineral_codes, division, formalisation_stage, activity_status, icglr_ready, correction_deadline);
create index if not exists mine_site_division_filter_idx on mine_site (country, division)
    include (status, status_since, mineral_codes, formalisation_stage, activity_status, icglr_ready,
             correction_deadline);
-- Superseded: the status index above; a mineral alone is a row filter on a list that stops early.
drop index if exists mine_site_country_status_idx;
drop index if exists mine_site_mineral_codes_idx;
-- The ICGLR API orders by (country, icglr_id), the same order as the id alone, through the partial index that
-- starts with the country; this one made the planner walk other countries' ids to serve one country.
drop index if exists mine_site_icglr_ready_idx;
-- The other orders of the unfiltered list, read from an index (newest first; by status) instead of sorting
-- every site on each page.
create index if not exists mine_site_registered_idx on mine_site (registered_at desc, id);
create index if not exists mine_site_status_name_idx on mine_site (status, name, id);
create index if not exists mine_site_country_status_name_idx on mine_site (country, status, name, id);
