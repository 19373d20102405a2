-- The EU Regulation 2017/821 Annex I thresholds become ADMIN-kept records (docs/risk.md): the tantalum/niobium and
-- gold ore figures of Delegated Regulation (EU) 2020/1588 are entered by an administrator with their source once
-- checked against the Official Journal, rather than guessed here. A version for optimistic locking (two
-- administrators correcting the same figure), who recorded the figure last and when (null for the rows V20
-- seeded), and the CN code format the form checks, so no other path stores a code the report cannot match.
alter table eu_import_threshold
    add column version     bigint      not null default 0,
    add column recorded_by varchar(60),
    add column recorded_at timestamptz,
    add constraint eu_import_threshold_cn_code_format check (cn_code ~ '^[0-9]{4}\.[0-9]{2}\.[0-9]{2}$');
