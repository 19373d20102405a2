-- Equipment finance (issue 23, docs/savings-groups.md): a lender's loan to a producer organisation for equipment,
-- repaid in monthly instalments; repayments are only ever added.
create table equipment_loan (
    id                  bigint generated always as identity primary key,
    lender_id           bigint         not null references organisation (id),
    producer_id         bigint         not null references organisation (id),
    equipment           varchar(200)   not null,
    principal           numeric(19, 2) not null check (principal > 0),
    currency            char(3)        not null,
    annual_rate_percent numeric(5, 2)  not null check (annual_rate_percent between 0 and 100),
    term_months         smallint       not null check (term_months between 1 and 120),
    given_on            date           not null,
    first_due_on        date           not null check (first_due_on >= given_on),
    recorded_by         varchar(60)    not null,
    recorded_at         timestamptz    not null default now(),
    constraint equipment_loan_parties check (lender_id <> producer_id)
);
create index equipment_loan_lender_idx on equipment_loan (lender_id);
create index equipment_loan_producer_idx on equipment_loan (producer_id);

create table equipment_repayment (
    id          bigint generated always as identity primary key,
    loan_id     bigint         not null references equipment_loan (id),
    paid_on     date           not null,
    amount      numeric(19, 2) not null check (amount > 0),
    recorded_by varchar(60)    not null,
    recorded_at timestamptz    not null default now()
);
create index equipment_repayment_loan_idx on equipment_repayment (loan_id, paid_on);
