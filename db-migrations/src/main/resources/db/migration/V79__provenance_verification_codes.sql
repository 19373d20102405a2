-- Verification codes (issue 18, docs/provenance.md): every export certificate, export shipment and tag has an
-- unguessable code that its QR code prints as /verify/{code}. 96 random bits (the fully random bytes of a
-- version-4 UUID, from PostgreSQL's strong random source), written as 24 hexadecimal digits.
-- Given by triggers as the rows are inserted, so custody and export need not know about provenance (the feature
-- depends on them, never the reverse); existing rows get theirs below.
create function provenance_new_code() returns varchar language sql volatile as $$
    select encode(substring(u from 1 for 6) || substring(u from 11 for 6), 'hex')
    from (select uuid_send(gen_random_uuid()) as u) random_bytes
$$;

create table verification_code (
    code          varchar(24)  primary key check (code ~ '^[0-9a-f]{24}$'),
    subject_kind  varchar(12)  not null check (subject_kind in ('CERTIFICATE', 'SHIPMENT', 'TAG')),
    subject_id    bigint       not null,
    created_at    timestamptz  not null default now(),
    -- A revoked code answers "withdrawn" instead of the passport (no page revokes one yet).
    revoked_at    timestamptz,
    constraint verification_code_subject_uq unique (subject_kind, subject_id)
);

create function provenance_code_for_row() returns trigger language plpgsql as $$
begin
    insert into verification_code (code, subject_kind, subject_id) values (provenance_new_code(), tg_argv[0], new.id);
    return null;
end
$$;

create trigger export_certificate_verification_code after insert on export_certificate
    for each row execute function provenance_code_for_row('CERTIFICATE');
create trigger export_shipment_verification_code after insert on export_shipment
    for each row execute function provenance_code_for_row('SHIPMENT');
create trigger custody_tag_verification_code after insert on custody_tag
    for each row execute function provenance_code_for_row('TAG');

insert into verification_code (code, subject_kind, subject_id)
select provenance_new_code(), 'CERTIFICATE', id from export_certificate;
insert into verification_code (code, subject_kind, subject_id)
select provenance_new_code(), 'SHIPMENT', id from export_shipment;
insert into verification_code (code, subject_kind, subject_id)
select provenance_new_code(), 'TAG', id from custody_tag;
