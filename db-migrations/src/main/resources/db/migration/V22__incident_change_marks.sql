-- The dashboards count incidents from a copy in each application node's memory (IncidentTally), brought up to
-- date before every answer with the rows changed since its last look. A row says which transaction last wrote it;
-- a node that last looked under a snapshot whose oldest running transaction was X re-reads every row written by
-- a transaction >= X, so a write that committed late (after a younger one) is never skipped. Existing rows were
-- all written by finished transactions: 0.
alter table incident add column written_by_xact bigint not null default 0;

-- Any table with a written_by_xact column may use this trigger function (V23 does, for mine_site).
create function mark_writing_transaction() returns trigger language plpgsql as $$
begin
    new.written_by_xact := pg_current_xact_id()::text::bigint;
    return new;
end
$$;

create trigger incident_mark_writer before insert or update on incident
    for each row execute function mark_writing_transaction();

create index incident_written_by_xact_idx on incident (written_by_xact);

-- The lists take their page of ids from the tally too and read those rows by primary key; this index serves the
-- organisation-scoped lists that SQL still pages, newest first.
create index incident_recent_idx on incident (occurred_on desc, id desc);
