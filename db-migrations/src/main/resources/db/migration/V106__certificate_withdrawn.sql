-- An export certificate withdrawn (issue 18): when its verification code is withdrawn (/passport/withdraw or the
-- button on the certificate page), the certificate itself is no longer valid; the page and its PDF say so.
alter table export_certificate add column withdrawn_at timestamptz;
alter table export_certificate add column withdrawn_by varchar(60);

update export_certificate c set withdrawn_at = v.revoked_at, withdrawn_by = 'system'
from verification_code v
where v.subject_kind = 'CERTIFICATE' and v.subject_id = c.id and v.revoked_at is not null;

-- A downstream receipt corrected by reversing it (issue 18): the consignee reverses a confirmed receipt with a
-- reason and confirms it again; the reversed values stay in the audit trail (the entity's changes).
alter table downstream_consignment add column reversed_by varchar(60);
alter table downstream_consignment add column reversed_at timestamptz;
alter table downstream_consignment add column reversal_reason varchar(1000);
