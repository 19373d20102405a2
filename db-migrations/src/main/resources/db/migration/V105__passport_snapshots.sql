-- Passports kept (issue 18, docs/provenance.md "Passports kept"): a passport's stable part (origins with their
-- shares and colours, the chain's blocks, the ledger's check and records) is computed once per code and day and
-- kept here; every read checks in one query that nothing under it changed and overlays the live part (the code's
-- withdrawal, the shipment and certificate, the downstream receipt, the latest signed head).

-- Custody rows inserted, changed or deleted, by the lot (or shipment) they concern: a kept passport whose chain
-- holds one of them is computed again (a status change, a correction, or a row changed by SQL: the ledger's check
-- then fails at once). Noted by statement triggers, like ledger_pending.
create table custody_touch (
    id           bigint generated always as identity primary key,
    lot_id       bigint,
    shipment_id  bigint,
    touched_at   timestamptz not null default now()
);

create table passport_snapshot (
    code          varchar(24)  primary key references verification_code (code) on delete cascade,
    computed_on   date         not null,
    computed_at   timestamptz  not null default now(),
    -- custody_touch.id when computed: later touches of the chain's lots or shipment make the passport stale.
    touch_seen    bigint       not null,
    -- Whether events waited in ledger_pending when computed, and the chain's head then: once the chain moved on,
    -- such a passport is computed again with the new records.
    pending       boolean      not null,
    head_position bigint       not null,
    lot_ids       bigint[]     not null,
    shipment_id   bigint,
    site_ids      bigint[]     not null,
    -- md5 of the origin sites' rows and of their open reviews: a site's status or a review changed.
    site_stamp    text         not null,
    review_stamp  text         not null,
    body          text         not null
);

create function custody_touch_lots() returns trigger language plpgsql as $$
begin
    -- tg_argv[0]: the column naming the lot; tg_argv[1] (optional): a second one.
    if tg_op in ('INSERT', 'UPDATE') then
        execute format('insert into custody_touch (lot_id) select %I from changed_new where %I is not null',
            tg_argv[0], tg_argv[0]);
        if tg_nargs > 1 then
            execute format('insert into custody_touch (lot_id) select %I from changed_new where %I is not null',
                tg_argv[1], tg_argv[1]);
        end if;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        execute format('insert into custody_touch (lot_id) select %I from changed_old where %I is not null',
            tg_argv[0], tg_argv[0]);
        if tg_nargs > 1 then
            execute format('insert into custody_touch (lot_id) select %I from changed_old where %I is not null',
                tg_argv[1], tg_argv[1]);
        end if;
    end if;
    return null;
end
$$;

create function custody_touch_shipments() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        execute format('insert into custody_touch (shipment_id) select %I from changed_new', tg_argv[0]);
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        execute format('insert into custody_touch (shipment_id) select %I from changed_old', tg_argv[0]);
    end if;
    return null;
end
$$;

-- An operation changed: the lots it holds.
create function custody_touch_operations() returns trigger language plpgsql as $$
begin
    insert into custody_touch (lot_id)
    select ol.lot_id from custody_operation_lot ol where ol.operation_id in (select id from changed_old);
    return null;
end
$$;

-- A tag changed (voided): the lot it seals.
create function custody_touch_tags() returns trigger language plpgsql as $$
begin
    insert into custody_touch (lot_id) select l.id from lot l where l.tag_id in (select id from changed_old);
    return null;
end
$$;

-- Three triggers per table (PostgreSQL allows transition tables on one event per trigger).
create trigger lot_touch_u after update on lot referencing old table as changed_old new table as changed_new
    for each statement execute function custody_touch_lots('id');
create trigger lot_touch_d after delete on lot referencing old table as changed_old
    for each statement execute function custody_touch_lots('id');

create trigger lot_input_touch_i after insert on lot_input referencing new table as changed_new
    for each statement execute function custody_touch_lots('lot_id');
create trigger lot_input_touch_u after update on lot_input
    referencing old table as changed_old new table as changed_new
    for each statement execute function custody_touch_lots('lot_id');
create trigger lot_input_touch_d after delete on lot_input referencing old table as changed_old
    for each statement execute function custody_touch_lots('lot_id');

create trigger custody_operation_touch_u after update on custody_operation
    referencing old table as changed_old new table as changed_new
    for each statement execute function custody_touch_operations();
create trigger custody_operation_touch_d after delete on custody_operation referencing old table as changed_old
    for each statement execute function custody_touch_operations();

create trigger custody_operation_lot_touch_i after insert on custody_operation_lot
    referencing new table as changed_new for each statement execute function custody_touch_lots('lot_id');
create trigger custody_operation_lot_touch_u after update on custody_operation_lot
    referencing old table as changed_old new table as changed_new
    for each statement execute function custody_touch_lots('lot_id');
create trigger custody_operation_lot_touch_d after delete on custody_operation_lot
    referencing old table as changed_old for each statement execute function custody_touch_lots('lot_id');

create trigger custody_transfer_touch_i after insert on custody_transfer referencing new table as changed_new
    for each statement execute function custody_touch_lots('lot_id', 'received_lot_id');
create trigger custody_transfer_touch_u after update on custody_transfer
    referencing old table as changed_old new table as changed_new
    for each statement execute function custody_touch_lots('lot_id', 'received_lot_id');
create trigger custody_transfer_touch_d after delete on custody_transfer referencing old table as changed_old
    for each statement execute function custody_touch_lots('lot_id', 'received_lot_id');

create trigger lot_import_touch_i after insert on lot_import referencing new table as changed_new
    for each statement execute function custody_touch_lots('lot_id');
create trigger lot_import_touch_u after update on lot_import
    referencing old table as changed_old new table as changed_new
    for each statement execute function custody_touch_lots('lot_id');
create trigger lot_import_touch_d after delete on lot_import referencing old table as changed_old
    for each statement execute function custody_touch_lots('lot_id');

create trigger custody_tag_touch_u after update on custody_tag
    referencing old table as changed_old new table as changed_new
    for each statement execute function custody_touch_tags();

create trigger export_shipment_touch_u after update on export_shipment
    referencing old table as changed_old new table as changed_new
    for each statement execute function custody_touch_shipments('id');
create trigger export_shipment_touch_d after delete on export_shipment referencing old table as changed_old
    for each statement execute function custody_touch_shipments('id');
create trigger export_shipment_lot_touch_i after insert on export_shipment_lot referencing new table as changed_new
    for each statement execute function custody_touch_shipments('shipment_id');
create trigger export_shipment_lot_touch_u after update on export_shipment_lot
    referencing old table as changed_old new table as changed_new
    for each statement execute function custody_touch_shipments('shipment_id');
create trigger export_shipment_lot_touch_d after delete on export_shipment_lot referencing old table as changed_old
    for each statement execute function custody_touch_shipments('shipment_id');
create trigger export_certificate_touch_i after insert on export_certificate referencing new table as changed_new
    for each statement execute function custody_touch_shipments('shipment_id');
create trigger export_certificate_touch_u after update on export_certificate
    referencing old table as changed_old new table as changed_new
    for each statement execute function custody_touch_shipments('shipment_id');
create trigger export_certificate_touch_d after delete on export_certificate referencing old table as changed_old
    for each statement execute function custody_touch_shipments('shipment_id');
