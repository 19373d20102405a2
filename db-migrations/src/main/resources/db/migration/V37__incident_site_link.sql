-- Reports linked to sites (issue 12): a verified incident whose link moves to another site ends its review at
-- the former site and opens one at the new site, so an incident may now have several reviews over time, at most
-- one of them open.
drop index site_review_incident_uq;
create unique index site_review_incident_open_uq on site_review (incident_id) where cleared_at is null;
create index site_review_incident_idx on site_review (incident_id);

-- Ended because the incident was linked to another site (cleared_at and cleared_by say when and by whom), not
-- cleared by the site's inspector with a note.
alter table site_review add column relinked boolean not null default false;
alter table site_review add constraint site_review_relinked_cleared check (not relinked or cleared_at is not null);
