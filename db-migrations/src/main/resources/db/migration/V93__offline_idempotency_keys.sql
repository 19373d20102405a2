-- Offline capture (issue 21, docs/offline.md): every record an inspector or monitor keeps on the phone carries a
-- key made on the phone; the first request with a key stores the record, a request with the same key again is
-- answered as the first was (the same page) and stores nothing. PENDING while the first request runs; DONE with
-- the page it led to. A key belongs to one user: another user's request with it is refused.
create table offline_submission (
    idempotency_key varchar(64) primary key check (idempotency_key ~ '^[A-Za-z0-9-]{16,64}$'),
    username        varchar(60) not null,
    form            varchar(20) not null check (form in ('INSPECTION', 'INCIDENT')),
    state           varchar(10) not null check (state in ('PENDING', 'DONE')),
    location        varchar(300),
    created_at      timestamptz not null,
    done_at         timestamptz
);
create index offline_submission_created_idx on offline_submission (created_at);
