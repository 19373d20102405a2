-- Lists are read in name order a page at a time, and searched by any part of a name. Measured with
-- bench/scenarios/foundation.txt on 20,000 organisations and 100,000 users (figures in docs/performance.md).

-- A page in name order comes straight off these indexes instead of sorting every row.
create index organisation_name_id_idx on organisation (name, id);
create index user_account_username_idx on user_account (username);

-- "Contains" searches (LIKE '%kivu%') use trigram indexes; pg_trgm is a trusted extension, so the database
-- owner may create it without superuser rights.
create extension if not exists pg_trgm;
drop index organisation_name_trgm_like;
create index organisation_name_trgm on organisation using gin (lower(name) gin_trgm_ops);
create index organisation_tax_id_trgm on organisation using gin (lower(tax_id) gin_trgm_ops);
create index user_account_username_trgm on user_account using gin (username gin_trgm_ops);
create index user_account_full_name_trgm on user_account using gin (lower(full_name) gin_trgm_ops);
create index user_account_email_trgm on user_account using gin (lower(email) gin_trgm_ops);
drop index user_account_name_like;
