-- Append-only audit trail: who changed what, when, with old and new values per field.

create table audit_entry (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(60)  not null,
    entity_type  varchar(60)  not null,
    entity_id    varchar(60)  not null,
    action       varchar(10)  not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    changes      jsonb        not null default '{}'::jsonb
);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, occurred_at desc);
create index audit_entry_occurred_idx on audit_entry (occurred_at desc);
create index audit_entry_actor_idx on audit_entry (lower(actor), occurred_at desc);

-- The database itself refuses to rewrite history, whatever the application does.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
