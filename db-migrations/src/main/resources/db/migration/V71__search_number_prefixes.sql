-- Issue 16: the search box and the lot list's filters find records by the start of a number they carry, case
-- ignored (lower(...) like 'ug-2026-00%'): prefix indexes, so a search stays an index range scan on a million lots.
create index lot_number_prefix_idx on lot (lower(lot_number) text_pattern_ops);
create index custody_tag_number_prefix_idx on custody_tag (lower(number) text_pattern_ops);
create index export_certificate_serial_prefix_idx on export_certificate (lower(serial_number) text_pattern_ops);
create index mine_site_icglr_id_prefix_idx on mine_site (lower(icglr_id) text_pattern_ops);
create index mine_site_national_id_prefix_idx on mine_site (lower(national_id) text_pattern_ops);
-- The home page's count of shipments to review per country joins organisations to the submitted shipments.
create index export_shipment_submitted_idx on export_shipment (exporter_id) where status = 'SUBMITTED';
