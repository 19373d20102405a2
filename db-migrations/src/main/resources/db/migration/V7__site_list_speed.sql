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
