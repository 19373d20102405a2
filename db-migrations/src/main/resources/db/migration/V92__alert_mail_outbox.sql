-- Alerts by e-mail and on the platform (issue 21, docs/alerts.md).

-- What each user chooses: the kinds they do not want by e-mail (every kind is on until turned off) and the
-- language of their mails (null: the account's language, else English). An entity: changes are audited.
create table alert_preference (
    user_id    bigint primary key references user_account (id) on delete cascade,
    muted      varchar(400) not null default '',
    language   varchar(5) check (language in ('en', 'fr', 'es', 'sw')),
    version    bigint not null default 0,
    updated_at timestamptz not null
);

-- The in-platform list of alerts of a user (the /alerts page and the home page's work queue). One line per event
-- and person: the event key makes a second delivery of the same event a no-op.
create table alert_notice (
    id         bigint generated always as identity primary key,
    user_id    bigint not null references user_account (id) on delete cascade,
    kind       varchar(40) not null,
    event_key  varchar(120) not null,
    subject    varchar(300) not null,
    link       varchar(200) not null,
    created_at timestamptz not null,
    read_at    timestamptz,
    unique (user_id, event_key)
);
create index alert_notice_user_idx on alert_notice (user_id, created_at desc);

-- Mails waiting to go out, written in the transaction of the event. NEW and FAILED rows are (re)tried when due
-- (1, 2, 4 ... minutes, then hourly); a row whose sending started and never finished (the node stopped mid-call)
-- is UNCONFIRMED and never sent again automatically: a mail must never reach a person twice. Sent rows stay 30
-- days (the /admin/outbox page) with the channel that took them (SMTP, or DEMO when demo mode keeps them here).
create table mail_outbox (
    id              bigint generated always as identity primary key,
    user_id         bigint references user_account (id) on delete set null,
    recipient       varchar(254) not null,
    kind            varchar(40) not null,
    event_key       varchar(120) not null,
    language        varchar(5) not null,
    subject         varchar(300) not null,
    body            text not null check (length(body) <= 8000),
    state           varchar(12) not null default 'NEW'
                    check (state in ('NEW', 'SENDING', 'FAILED', 'UNCONFIRMED', 'SENT')),
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null,
    claimed_at      timestamptz,
    sent_at         timestamptz,
    channel         varchar(10),
    last_error      varchar(500),
    created_at      timestamptz not null,
    unique (recipient, event_key)
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where state in ('NEW', 'FAILED');
create index mail_outbox_created_idx on mail_outbox (created_at desc);
