-- The site's minerals, also as an array on its row (issue 3 speed, docs/performance.md). Lists filter by mineral
-- and show the minerals of every row: from mine_site_mineral that was a join per filtered count (a hash of the
-- whole table, 17 ms for one country) and a sub-select per row. mine_site_mineral stays the record (the
-- application writes it); these triggers keep the copy in step in the same transaction, whoever writes.
alter table mine_site add column mineral_codes varchar(20)[] not null default '{}';

update mine_site s set mineral_codes = m.codes
from (select site_id, array_agg(mineral order by mineral) as codes from mine_site_mineral group by site_id) m
where m.site_id = s.id;

create function mine_site_refresh_mineral_codes() returns trigger language plpgsql as $$
begin
    update mine_site s
    set mineral_codes = coalesce((select array_agg(m.mineral order by m.mineral) from mine_site_mineral m
                                  where m.site_id = s.id), '{}')
    where s.id in (select site_id from changed);
    return null;
end $$;

create trigger mine_site_mineral_inserted after insert on mine_site_mineral
    referencing new table as changed for each statement execute function mine_site_refresh_mineral_codes();
create trigger mine_site_mineral_deleted after delete on mine_site_mineral
    referencing old table as changed for each statement execute function mine_site_refresh_mineral_codes();
create trigger mine_site_mineral_updated after update on mine_site_mineral
    referencing new table as changed for each statement execute function mine_site_refresh_mineral_codes();


