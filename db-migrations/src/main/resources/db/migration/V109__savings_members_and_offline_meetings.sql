-- Issue 23, the rest (docs/savings-groups.md):
-- 1. A meeting recorded on a phone with no signal is kept there and sent later with its idempotency key (the
--    offline capture of issue 21, docs/offline.md): the key table accepts the meeting form.
alter table offline_submission drop constraint offline_submission_form_check;
alter table offline_submission add constraint offline_submission_form_check
    check (form in ('INSPECTION', 'INCIDENT', 'SAVINGS_MEETING'));

-- 2. Members are edited under optimistic locking (version, as the rest of the platform does) and a member who has
--    anything in the books is never deleted: the day they left is kept instead (null: still a member).
alter table savings_member
    add column version integer not null default 0,
    add column left_on date;
