-- Site names by word (issue 3 speed, docs/performance.md). A "contains" search through trigrams must recheck
-- every candidate row: 15-20 ms for a common place name matching thousands of sites. Each word of a name, with
-- the name beside it for ordering, lets a search read the sites whose name has a word beginning with what was
-- typed from one index range, already carrying the name to sort by. Kept by a trigger, whoever writes the name.
create table mine_site_name_word (
    site_id  bigint        not null references mine_site (id) on delete cascade,
    word     varchar(200)  not null,
    name     varchar(200)  not null,
    primary key (site_id, word)
);
create index mine_site_name_word_idx on mine_site_name_word (word varchar_pattern_ops, name, site_id);

create function mine_site_name_words() returns trigger language plpgsql as $$
begin
    delete from mine_site_name_word where site_id = new.id;
    insert into mine_site_name_word (site_id, word, name)
    select distinct new.id, w, new.name
    from regexp_split_to_table(lower(new.name), '[^[:alnum:]]+') w
    where w <> '';
    return null;
end $$;

create trigger mine_site_name_words after insert or update of name on mine_site
    for each row execute function mine_site_name_words();

insert into mine_site_name_word (site_id, word, name)
select distinct s.id, w, s.name
from mine_site s, regexp_split_to_table(lower(s.name), '[^[:alnum:]]+') w
where w <> '';
