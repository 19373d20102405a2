-- Issue 23 (docs/savings-groups.md, "One meeting a day"): two recorders who both enter the same meeting (one of
-- them offline, each with its own idempotency key) must not store it twice. A group meets once a day: a cycle has
-- at most one meeting on a day. SavingsGroups refuses a second one by its date field; this index refuses it even
-- when two requests arrive at once, and JdbcSavingsStore turns the conflict into the same message.
create unique index savings_meeting_one_a_day on savings_meeting (cycle_id, held_on);
