-- Speed of the site list (issue 3, bench/scenarios/sites.txt, docs/performance.md).

-- Sessions: every signed-in request updates its session's last-access time. On a logged table each of those
-- commits waited for a WAL flush (about 10 ms per page on the development machine, more than the page itself).
-- Unlogged tables write no WAL, so those commits return at once. The price: after a PostgreSQL crash or a
-- fail-over to a replica the sessions are gone and people sign in again; no other data is affected.
alter table spring_session_attributes set unlogged;
alter table spring_session set unlogged;

-- "Status as of today" filters compare the recorded status and its start date, usually within one country.
create index mine_site_country_status_idx on mine_site (country, status, status_since);
create index mine_site_status_since_idx on mine_site (status, status_since);
drop index mine_site_status_idx;

-- Whether the ICGLR endpoints may publish a site (org.orepass.site.IcglrExchange): a member state, a national
-- id, and an owner and operators with full contact details. Kept on the row by the application so that the
-- API's pages count with an index instead of joining organisations for every site; filled here once for the
-- sites that exist already.
alter table mine_site add column icglr_ready boolean not null default false;
update mine_site s set icglr_ready = true
where s.country in ('AO', 'BI', 'CD', 'CF', 'CG', 'KE', 'RW', 'SS', 'SD', 'TZ', 'UG', 'ZM')
  and s.national_id is not null
  and exists (select 1 from organisation o where o.id = s.owner_id
              and o.contact_name is not null and o.contact_name <> ''
              and o.contact_email ~ '^[A-Za-z0-9_.-]+@([A-Za-z0-9_-]+\.)+[A-Za-z0-9_-]{2,4}$'
              and regexp_replace(o.contact_phone, '[[:space:]().-]', '', 'g') ~ '^\+[1-9][0-9]{1,14}$')
  and not exists (select 1 from mine_site_operator mo join organisation o on o.id = mo.organisation_id
                  where mo.site_id = s.id
                    and not (o.contact_name is not null and o.contact_name <> ''
                    and o.contact_email ~ '^[A-Za-z0-9_.-]+@([A-Za-z0-9_-]+\.)+[A-Za-z0-9_-]{2,4}$'
                    and regexp_replace(o.contact_phone, '[[:space:]().-]', '', 'g') ~ '^\+[1-9][0-9]{1,14}$'));
create index mine_site_icglr_ready_idx on mine_site (icglr_id) where icglr_ready;
create index mine_site_icglr_ready_country_idx on mine_site (country, icglr_id) where icglr_ready;

-- Filtered lists walk the name order within a country or division and stop once the page is full; without these
-- the planner walked the whole name index, discarding rows of other places (146 ms for a Ugandan division).
create index mine_site_country_name_idx on mine_site (country, name, id);
create index mine_site_country_division_name_idx on mine_site (country, division, name, id);
drop index mine_site_country_division_idx;
