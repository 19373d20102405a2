-- EPCIS and passport speed on a million lots (issues 18 and 19, docs/epcis.md "Performance").
-- A receipt event names its sale's transfer by the purchase lot the receipt made: without this index every receipt
-- of a lot's trace scanned all transfers.
create index custody_transfer_received_lot_idx on custody_transfer (received_lot_id) where received_lot_id is not null;
-- An organisation's events as the other party of a sale, receipt or rejection (the query interface's visibility:
-- its own operations use custody_operation_organisation_idx, the lots it holds lot_custodian_idx).
create index custody_operation_counterpart_idx on custody_operation (counterpart_id) where counterpart_id is not null;
-- Imports and tag issuing are EPCIS events too: read in event order (pages, time bounds), a tag's issuing also by
-- the organisation that issued it.
create index lot_import_recorded_idx on lot_import (recorded_at, id);
create index custody_tag_issued_idx on custody_tag (issued_at, id);
create index custody_tag_issuer_idx on custody_tag (issuer_id) where issuer_id is not null;
