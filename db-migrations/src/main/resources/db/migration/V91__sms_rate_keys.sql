-- Issue 20: a phone's hourly budgets are counted under "message:" or "report:" followed by its 64-character keyed
-- hash (ReportRateLimit.allowMessage, countPhone), longer than the 64 characters the web form's keys needed.
alter table incident_rate_count alter column client_key type varchar(80);
