-- Smelters and refiners (issues 18, 19): an organisation of type SMELTER or REFINER carries its RMI smelter
-- identifier (CID, unique), its audit status with date and source, and the address the CMRT smelter list asks for.

alter table organisation
    add column smelter_id            varchar(9) check (smelter_id ~ '^CID[0-9]{6}$'),
    add column smelter_audit_status  varchar(20)
        check (smelter_audit_status in ('CONFORMANT', 'ACTIVE', 'NON_CONFORMANT', 'NOT_ENROLLED')),
    add column smelter_audit_date    date,
    add column smelter_audit_source  varchar(200),
    add column street                varchar(200),
    add column city                  varchar(120),
    add column state_province        varchar(120);

create unique index organisation_smelter_id_uq on organisation (smelter_id) where smelter_id is not null;
