-- The site list answers a text search from a copy of every site's name and identifiers in each node's memory
-- (SiteDirectory), brought up to date before each search with the rows written since its last look, as the
-- incident tally does (V22): a trigger marks each row with the transaction that wrote it.
alter table mine_site add column written_by_xact bigint not null default 0;

create trigger mine_site_mark_writer before insert or update on mine_site
    for each row execute function mark_writing_transaction();

create index mine_site_written_by_xact_idx on mine_site (written_by_xact);
