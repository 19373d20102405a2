-- EPCIS 2.0 query interface (issue 19, docs/epcis.md): events are custody operations read in the order of the
-- moment they were recorded (eventTime), paged by (recorded_at, id) and filtered by GE_eventTime/LT_eventTime.
create index custody_operation_recorded_idx on custody_operation (recorded_at, id);
-- Export events are read by their export lot (a lot's trace, MATCH_anyEPC).
create index export_shipment_export_lot_idx on export_shipment (export_lot_id) where export_lot_id is not null;
