-- Incident reports by SMS (issue 20). None of these tables holds a phone number in clear: conversations are kept
-- under the phone's keyed hash of the day (incident_rate_secret), handled messages under a hash of the
-- aggregator's message id, and a reply's number only encrypted, until the reply is sent (then the row goes).
-- Plain tables, not entities: the audit trail (which keeps everything forever) must never see them.

-- A report being put together over several messages; expires within minutes.
create table sms_conversation (
    phone_key   text primary key,
    language    text not null check (language in ('SW', 'FR', 'EN')),
    category    text,
    place       text check (length(place) <= 120),
    description text check (length(description) <= 4000),
    expires_at  timestamptz not null
);
create index sms_conversation_expires_idx on sms_conversation (expires_at);

-- Aggregators retry a callback that did not answer in time: a message id seen before is handled once.
create table sms_inbox (
    channel         text not null,
    message_id_hash text not null,
    received_on     date not null,
    primary key (channel, message_id_hash)
);
create index sms_inbox_received_idx on sms_inbox (received_on);

-- Replies waiting to go out through the channel's HTTP API. NEW and FAILED rows are (re)tried when due; a row
-- whose sending started and never finished (the node stopped mid-call) is UNCONFIRMED and never sent again
-- automatically: a reply must never reach a phone twice. A sent row is deleted.
create table sms_outbox (
    id               bigint generated always as identity primary key,
    channel          text not null,
    recipient_sealed bytea not null,
    body             text not null check (length(body) <= 480),
    state            text not null default 'NEW' check (state in ('NEW', 'SENDING', 'FAILED', 'UNCONFIRMED')),
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null,
    claimed_at       timestamptz,
    last_error       text
);
create index sms_outbox_due_idx on sms_outbox (next_attempt_at) where state in ('NEW', 'FAILED');

-- The key that seals numbers in the outbox when none is configured (orepass.sms.number-key): made once, shared
-- by all nodes. Production sets the key in the environment so that a copy of the database alone opens nothing.
create table sms_secret (
    id     smallint primary key check (id = 1),
    secret bytea not null
);
