-- Data the remaining red flags of issue 6 are computed from (docs/risk.md): how a purchase was paid (for gold,
-- cash above a threshold is an OECD red flag), the division a transport went through (transit through a CAHRA),
-- and the EU Regulation 2017/821 Annex I volume thresholds the yearly report checks.

-- Optional on a sale: the method, and the amount with its currency (both or neither). Recorded by the seller with
-- the sale, never changed afterwards.
alter table custody_transfer
    add column payment_method   varchar(20)    check (payment_method in ('CASH', 'BANK_TRANSFER', 'MOBILE_MONEY',
                                                                          'OTHER')),
    add column payment_amount   numeric(19, 2) check (payment_amount > 0),
    add column payment_currency varchar(3)     check (payment_currency ~ '^[A-Z]{3}$'),
    add constraint custody_transfer_payment_amount_currency
        check ((payment_amount is null) = (payment_currency is null));
-- Cash payments are rare and are what the gold flag looks for.
create index custody_transfer_cash_idx on custody_transfer (lot_id) where payment_method = 'CASH';

-- Optional on a transport: an ISO 3166-2 division the lot passed through (places from and to stay free text).
alter table custody_operation
    add column via_division varchar(6) check (via_division ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$'),
    add constraint custody_operation_via_transport check (via_division is null or kind = 'TRANSPORTATION');

-- Regulation (EU) 2017/821, Annex I: below these yearly import volumes per CN code a Union importer is exempt from
-- the due diligence obligations (article 1(3)). Only the figures checked against the Official Journal text
-- (OJ L 130, 19.5.2017, Annex I Part A) are here: tin ores 5 000 kg, tungsten ores 250 000 kg, and unrefined gold
-- (ex 7108, below 99.5 % not past the refining stage) 100 kg. The tantalum/niobium and gold ore thresholds were set
-- later by Delegated Regulation (EU) 2020/1588 and are left out until checked (a later migration adds them): the report
-- then says "no threshold on record" rather than compare with a guessed figure. A table, since a Delegated
-- Regulation may change a figure.
create table eu_import_threshold (
    cn_code       varchar(10)    primary key,
    description   varchar(200)   not null,
    threshold_kg  numeric(17, 3) not null check (threshold_kg > 0),
    source        varchar(200)   not null
);
insert into eu_import_threshold (cn_code, description, threshold_kg, source) values
    ('2609.00.00', 'Tin ores and concentrates', 5000, 'Regulation (EU) 2017/821, Annex I, Part A'),
    ('2611.00.00', 'Tungsten ores and concentrates', 250000, 'Regulation (EU) 2017/821, Annex I, Part A'),
    ('7108.12.00', 'Gold, unwrought, not past the refining stage (ex 7108)', 100,
     'Regulation (EU) 2017/821, Annex I, Part A');

-- Red flags look incidents up by the organisation and the lots they concern (V17 keys both links by incident).
create index incident_organisation_organisation_idx on incident_organisation (organisation_id);
create index incident_lot_lot_idx on incident_lot (lot_id);
