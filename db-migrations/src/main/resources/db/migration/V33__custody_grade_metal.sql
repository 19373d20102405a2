-- Issue 12, "Mass and metal both balance": every lot's grade is on one basis per mineral, and a processing whose
-- assayed outputs hold more metal than its inputs is marked on its outputs (docs/custody-operations.md).

-- A grade of 0 % says the bag holds none of its mineral: the old forms let it stand for "unknown". It means unknown.
update lot set concentration = null where concentration = 0;
alter table lot add constraint lot_concentration_positive check (concentration > 0);

-- What the concentration is a percentage of, from the mineral (GradeBasis.canonicalFor): generated, so no writer
-- (the pages, the ICGLR API, the synthetic data) can store a grade on another basis.
alter table lot add column grade_basis varchar(8) generated always as (
    case
        when concentration is null then null
        when mineral = 'CASSITERITE' then 'SNO2'
        when mineral = 'COLTAN' then 'TA2O5'
        when mineral = 'WOLFRAMITE' then 'WO3'
        when mineral in ('GOLD', 'GOLD_ORE') then 'AU'
    end) stored;

-- Made by a processing whose assayed outputs hold more metal than its inputs gave, beyond the tolerance.
alter table lot add column metal_gain boolean not null default false;
