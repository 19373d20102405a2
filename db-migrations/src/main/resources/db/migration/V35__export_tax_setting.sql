-- Issue 12: export taxes are assessed at submission and, with the royalties of the production lots upstream, must
-- be paid before the export certificate is issued. On by default (orepass.export.taxes-paid-before-certificate);
-- a country that decides otherwise has a row here, set by an administrator (audited like every entity).
create table export_tax_setting (
    country                        varchar(2)   primary key check (country ~ '^[A-Z]{2}$'),
    taxes_paid_before_certificate  boolean      not null,
    changed_by                     varchar(100) not null,
    changed_at                     timestamptz  not null,
    version                        bigint       not null default 0
);
