-- Issue 15 (docs/alerts.md, "Once"): the alert scan's due lists leave out the items already alerted, by a
-- "not exists" on alert_notice by event key for each item (JdbcAlertRecipients). The unique (user_id, event_key)
-- index starts with the user and cannot answer that; this one keeps each check an index probe on a large table.
create index alert_notice_event_key_idx on alert_notice (event_key);
