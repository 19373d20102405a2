-- Issue 15: the version of everything a mine-site page shows, kept by the database so that every node, every channel
-- and every writer (pages, API, imports, the status clock, SQL jobs) moves it on, whatever module writes. The site
-- page is kept in memory per version (platform-web KeptSitePages) and read again as soon as the version moves.
-- Any table the site page reads must have a site_page_touch trigger: SitePageFreshnessIntegrationTest records the
-- tables a page reads and fails for one without.
create table site_page_version (
    site_id  bigint primary key,
    version  bigint not null
);

create function site_page_bump(p_site bigint) returns void language sql as $$
    insert into site_page_version (site_id, version) values (p_site, 1)
    on conflict (site_id) do update set version = site_page_version.version + 1
$$;

-- Rows that name their site (argument: site_id), and the site itself (id); an update that moves a row to another
-- site moves both. The rows are passed whole (not as JSON, which would copy a file's bytes).
create function site_page_touch() returns trigger language plpgsql as $$
begin
    execute format('select site_page_bump(x) from (select ($1).%1$I union select ($2).%1$I) ids (x)'
                   ' where x is not null', tg_argv[0])
      using old, new;
    return null;
end $$;

-- Rows under a row that names the site: an inspection's actions and files, a proposal's fields. Arguments: the
-- parent table and the column naming the parent.
create function site_page_touch_parent() returns trigger language plpgsql as $$
begin
    execute format('select site_page_bump(p.site_id) from %I p where p.id = ($1).%I or p.id = ($2).%I',
                   tg_argv[0], tg_argv[1], tg_argv[1])
      using old, new;
    return null;
end $$;

-- An organisation's name shows on the pages of the sites it owns or operates (the page shows nothing else of it;
-- show more and widen the trigger's condition).
create function site_page_touch_organisation() returns trigger language plpgsql as $$
begin
    -- In site order, as other writers of several sites go, so two of them never wait on each other in a circle.
    perform site_page_bump(x.id)
       from (select s.id from mine_site s where s.owner_id = new.id
             union select o.site_id from mine_site_operator o where o.organisation_id = new.id
             order by 1) x;
    return null;
end $$;

create trigger site_page_touch after insert or update or delete on mine_site
    for each row execute function site_page_touch('id');
create trigger site_page_touch after insert or update or delete on mine_site_operator
    for each row execute function site_page_touch('site_id');
create trigger site_page_touch after insert or update or delete on mine_site_mineral
    for each row execute function site_page_touch('site_id');
create trigger site_page_touch after insert or update or delete on mine_site_capacity
    for each row execute function site_page_touch('site_id');
create trigger site_page_touch after insert or update or delete on mine_site_licence
    for each row execute function site_page_touch('site_id');
create trigger site_page_touch after insert or update or delete on site_status_change
    for each row execute function site_page_touch('site_id');
create trigger site_page_touch after insert or update or delete on inspection
    for each row execute function site_page_touch('site_id');
create trigger site_page_touch after insert or update or delete on site_change_proposal
    for each row execute function site_page_touch('site_id');
create trigger site_page_touch after insert or update or delete on site_review
    for each row execute function site_page_touch('site_id');
create trigger site_page_touch after insert or update or delete on corrective_action
    for each row execute function site_page_touch_parent('inspection', 'inspection_id');
create trigger site_page_touch after insert or update or delete on inspection_attachment
    for each row execute function site_page_touch_parent('inspection', 'inspection_id');
create trigger site_page_touch after insert or update or delete on site_change_proposal_field
    for each row execute function site_page_touch_parent('site_change_proposal', 'proposal_id');
create trigger site_page_touch after update of name on organisation
    for each row when (old.name is distinct from new.name) execute function site_page_touch_organisation();
