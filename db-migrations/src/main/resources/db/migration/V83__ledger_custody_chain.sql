-- Tamper evidence (issue 18, docs/provenance.md): every custody event is appended to a hash chain.
-- Triggers on the custody and export tables note each event in ledger_pending as it is recorded, whatever door
-- records it (pages, ICGLR API, imports, demo, benchmark generator). The chainer (org.orepass.ledger.Ledger) takes
-- the noted events in order under an advisory lock, computes each one's content from the live rows
-- (ledger_content below, canonicalised as RFC 8785 JSON and hashed with SHA-256 in Java), links it to the previous
-- record and appends it to ledger_record, which nothing may update or delete.

create table ledger_pending (
    id           bigint generated always as identity primary key,
    source       varchar(20)  not null,
    source_id    bigint       not null,
    noted_at     timestamptz  not null default now()
);

create table ledger_record (
    -- 1, 2, 3 ... without gaps: the chainer appends under a lock, reading the head after taking it.
    position      bigint       primary key check (position > 0),
    source        varchar(20)  not null,
    source_id     bigint       not null,
    noted_at      timestamptz  not null,
    chained_at    timestamptz  not null default now(),
    -- SHA-256 (hexadecimal) of the event's RFC 8785 canonical content.
    content_hash  varchar(64)  not null check (content_hash ~ '^[0-9a-f]{64}$'),
    -- The previous record's hash (64 zeros for the first record).
    prev_hash     varchar(64)  not null check (prev_hash ~ '^[0-9a-f]{64}$'),
    -- SHA-256 of 'position|source|source_id|content_hash|prev_hash'.
    record_hash   varchar(64)  not null check (record_hash ~ '^[0-9a-f]{64}$')
);
create index ledger_record_source_idx on ledger_record (source, source_id);

-- The heads published (signed JWS, EdDSA / Ed25519), once a day and when an administrator asks.
create table ledger_head (
    id            bigint generated always as identity primary key,
    position      bigint       not null,
    record_hash   varchar(64)  not null,
    published_at  timestamptz  not null,
    published_by  varchar(60)  not null,
    key_id        varchar(100) not null,
    -- The public key (JWK, RFC 8037) the head was signed with, so a head stays checkable after a key change.
    public_jwk    text         not null,
    jws           text         not null
);

-- The database itself refuses to rewrite the chain or its published heads, as for the audit trail.
create function ledger_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end;
$$;
create trigger ledger_record_no_update before update or delete on ledger_record
    for each row execute function ledger_is_append_only();
create trigger ledger_record_no_truncate before truncate on ledger_record
    for each statement execute function ledger_is_append_only();
create trigger ledger_head_no_update before update or delete on ledger_head
    for each row execute function ledger_is_append_only();
create trigger ledger_head_no_truncate before truncate on ledger_head
    for each statement execute function ledger_is_append_only();

-- Noting events: statement triggers with transition tables, so a bulk insert of a million rows notes them in one
-- statement. The content is read later from the live rows, so rows inserted after the event's own row in the same
-- transaction (a lot's inputs, an operation's lots, a shipment's lots) are part of it.
create function ledger_note_inserted() returns trigger language plpgsql as $$
begin
    insert into ledger_pending (source, source_id) select tg_argv[0], id from inserted order by id;
    return null;
end
$$;

create trigger lot_ledger after insert on lot referencing new table as inserted
    for each statement execute function ledger_note_inserted('LOT');
create trigger custody_operation_ledger after insert on custody_operation referencing new table as inserted
    for each statement execute function ledger_note_inserted('OPERATION');
create trigger custody_transfer_ledger after insert on custody_transfer referencing new table as inserted
    for each statement execute function ledger_note_inserted('TRANSFER_SENT');
create trigger lot_import_ledger after insert on lot_import referencing new table as inserted
    for each statement execute function ledger_note_inserted('IMPORT');
create trigger export_certificate_ledger after insert on export_certificate referencing new table as inserted
    for each statement execute function ledger_note_inserted('CERTIFICATE');

-- A transfer received or rejected (status leaves SENT).
create function ledger_note_transfer_handled() returns trigger language plpgsql as $$
begin
    insert into ledger_pending (source, source_id)
    select 'TRANSFER_' || n.status, n.id from inserted n join removed o on o.id = n.id
    where o.status = 'SENT' and n.status in ('RECEIVED', 'REJECTED') order by n.id;
    return null;
end
$$;
create trigger custody_transfer_handled_ledger after update on custody_transfer
    referencing old table as removed new table as inserted
    for each statement execute function ledger_note_transfer_handled();

-- An export: a shipment submitted (it leaves DRAFT, or is inserted already submitted by a generator).
create function ledger_note_export_inserted() returns trigger language plpgsql as $$
begin
    insert into ledger_pending (source, source_id)
    select 'EXPORT', id from inserted where status <> 'DRAFT' order by id;
    return null;
end
$$;
create trigger export_shipment_ledger after insert on export_shipment referencing new table as inserted
    for each statement execute function ledger_note_export_inserted();
create function ledger_note_export_submitted() returns trigger language plpgsql as $$
begin
    insert into ledger_pending (source, source_id)
    select 'EXPORT', n.id from inserted n join removed o on o.id = n.id
    where o.status = 'DRAFT' and n.status <> 'DRAFT' order by n.id;
    return null;
end
$$;
create trigger export_shipment_submitted_ledger after update on export_shipment
    referencing old table as removed new table as inserted
    for each statement execute function ledger_note_export_submitted();

-- A verification code withdrawn: CERTIFICATE_REVOKED (the certificate's revocation), SHIPMENT_REVOKED, TAG_REVOKED.
create function ledger_note_code_revoked() returns trigger language plpgsql as $$
begin
    insert into ledger_pending (source, source_id)
    select n.subject_kind || '_REVOKED', n.subject_id
    from inserted n join removed o on o.code = n.code
    where o.revoked_at is null and n.revoked_at is not null order by n.code;
    return null;
end
$$;
create trigger verification_code_revoked_ledger after update on verification_code
    referencing old table as removed new table as inserted
    for each statement execute function ledger_note_code_revoked();

-- Text forms that do not depend on the session (time zone, number format).
create function ledger_time(t timestamptz) returns text language sql immutable as $$
    select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;

create function ledger_revocation(kind varchar, subject bigint) returns jsonb language sql stable as $$
    select jsonb_build_object('event', kind, 'subject', v.subject_id, 'code', v.code,
        'revokedAt', ledger_time(v.revoked_at))
    from verification_code v where v.subject_kind = replace(kind, '_REVOKED', '') and v.subject_id = subject
$$;

-- An event's content from the live rows: what the chain's content hash covers. Numbers are text (exact
-- decimals); the fields that legitimately change later (a lot's remaining mass, versions, flags) are left out.
-- Null when the row is gone.
create function ledger_content(kind varchar, subject bigint) returns jsonb language sql stable as $$
    select case kind
    when 'LOT' then (
        select jsonb_build_object('event', kind, 'id', l.id, 'lotNumber', l.lot_number,
            'custodian', l.custodian_id, 'operation', l.originating_operation, 'mineral', l.mineral,
            'mass', l.mass::text, 'unit', l.unit, 'massKg', l.mass_kg::text,
            'concentration', l.concentration::text, 'site', l.site_id, 'tag', l.tag_id,
            'productionDate', l.production_date::text, 'originCountry', l.origin_country,
            'registeredBy', l.registered_by, 'registeredAt', ledger_time(l.registered_at),
            'inputs', coalesce((select jsonb_agg(jsonb_build_array(i.input_lot_id, i.mass_kg::text) order by i.id)
                                from lot_input i where i.lot_id = l.id), '[]'::jsonb))
        from lot l where l.id = subject)
    when 'OPERATION' then (
        select jsonb_build_object('event', kind, 'id', o.id, 'kind', o.kind, 'organisation', o.organisation_id,
            'counterpart', o.counterpart_id, 'date', o.operation_date::text, 'endDate', o.end_date::text,
            'lossKg', o.loss_kg::text, 'from', o.place_from, 'to', o.place_to, 'carrier', o.carrier,
            'reference', o.reference, 'via', o.via_division, 'recordedBy', o.recorded_by,
            'recordedAt', ledger_time(o.recorded_at),
            'lots', coalesce((select jsonb_agg(jsonb_build_array(ol.lot_id, ol.role, ol.mass_kg::text) order by ol.id)
                              from custody_operation_lot ol where ol.operation_id = o.id), '[]'::jsonb))
        from custody_operation o where o.id = subject)
    when 'TRANSFER_SENT' then (
        select jsonb_build_object('event', kind, 'id', t.id, 'lot', t.lot_id, 'seller', t.seller_id,
            'buyer', t.buyer_id, 'massSentKg', t.mass_sent_kg::text, 'sentOn', t.sent_on::text,
            'sentBy', t.sent_by, 'sentAt', ledger_time(t.sent_at))
        from custody_transfer t where t.id = subject)
    when 'TRANSFER_RECEIVED' then (
        select jsonb_build_object('event', kind, 'id', t.id, 'status', t.status,
            'massReceivedKg', t.mass_received_kg::text, 'receivedOn', t.received_on::text,
            'receivedLot', t.received_lot_id, 'handledBy', t.handled_by)
        from custody_transfer t where t.id = subject)
    when 'TRANSFER_REJECTED' then (
        select jsonb_build_object('event', kind, 'id', t.id, 'status', t.status, 'reason', t.rejection_reason,
            'handledBy', t.handled_by)
        from custody_transfer t where t.id = subject)
    when 'IMPORT' then (
        select jsonb_build_object('event', kind, 'id', i.id, 'lot', i.lot_id, 'importer', i.importer_id,
            'documentKind', i.document_kind, 'documentCountry', i.document_country,
            'documentNumber', i.document_number, 'certificate', i.export_certificate_id,
            'originCountry', i.origin_country, 'borderPost', i.border_post, 'crossedOn', i.crossed_on::text,
            'documentMassKg', i.document_mass_kg::text, 'receivedKg', i.received_kg::text, 'sha256', i.sha256,
            'recordedBy', i.recorded_by, 'recordedAt', ledger_time(i.recorded_at))
        from lot_import i where i.id = subject)
    when 'EXPORT' then (
        select jsonb_build_object('event', kind, 'id', s.id, 'exporter', s.exporter_id, 'exportLot', s.export_lot_id,
            'mineral', s.mineral, 'hsCode', s.hs_code, 'declaredMass', s.declared_mass::text,
            'declaredUnit', s.declared_unit, 'declaredMassKg', s.declared_mass_kg::text, 'grade', s.grade::text,
            'destinationCountry', s.destination_country, 'importerCountry', s.importer_country,
            'transportMode', s.transport_mode, 'route', s.route, 'borderPost', s.border_post,
            'submittedBy', s.submitted_by, 'submittedAt', ledger_time(s.submitted_at),
            'lots', coalesce((select jsonb_agg(jsonb_build_array(sl.lot_id, sl.mass_kg::text) order by sl.id)
                              from export_shipment_lot sl where sl.shipment_id = s.id), '[]'::jsonb))
        from export_shipment s where s.id = subject)
    when 'CERTIFICATE' then (
        select jsonb_build_object('event', kind, 'id', c.id, 'shipment', c.shipment_id,
            'issuingCountry', c.issuing_country, 'serialNumber', c.serial_number,
            'issuingAuthority', c.issuing_authority, 'verifierName', c.verifier_name,
            'verifiedOn', c.verified_on::text, 'validatorName', c.validator_name,
            'mineralOrigin', c.mineral_origin, 'issuedOn', c.issued_on::text, 'expiresOn', c.expires_on::text,
            'issuedBy', c.issued_by, 'issuedAt', ledger_time(c.issued_at))
        from export_certificate c where c.id = subject)
    when 'CERTIFICATE_REVOKED' then ledger_revocation(kind, subject)
    when 'SHIPMENT_REVOKED' then ledger_revocation(kind, subject)
    when 'TAG_REVOKED' then ledger_revocation(kind, subject)
    end
$$;

-- What was recorded before the chain existed enters it in the order it was recorded.
insert into ledger_pending (source, source_id)
select source, source_id from (
    select 'LOT' as source, id as source_id, registered_at as at from lot
    union all select 'OPERATION', id, recorded_at from custody_operation
    union all select 'TRANSFER_SENT', id, sent_at from custody_transfer
    union all select 'TRANSFER_' || status, id, coalesce(received_on::timestamptz, sent_at) from custody_transfer
        where status in ('RECEIVED', 'REJECTED')
    union all select 'IMPORT', id, recorded_at from lot_import
    union all select 'EXPORT', id, submitted_at from export_shipment where status <> 'DRAFT'
    union all select 'CERTIFICATE', id, issued_at from export_certificate
) existing order by at, source, source_id;
