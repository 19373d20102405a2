-- Savings groups (issue 23, docs/savings-groups.md): groups of a producer organisation or a community, supported
-- by a CSO; members; cycles with their constitution; meetings; the append-only ledger of each cycle.
create table savings_group (
    id              bigint generated always as identity primary key,
    name            varchar(120) not null,
    organisation_id bigint references organisation (id),
    community       varchar(120),
    cso_id          bigint       not null references organisation (id),
    currency        char(3)      not null,
    created_at      timestamptz  not null default now(),
    constraint savings_group_owner check (organisation_id is not null or community is not null)
);
create index savings_group_organisation_idx on savings_group (organisation_id);
create index savings_group_cso_idx on savings_group (cso_id);

create table savings_member (
    id       bigint generated always as identity primary key,
    group_id bigint       not null references savings_group (id),
    number   integer      not null,
    name     varchar(120),
    sex      varchar(6)   not null check (sex in ('FEMALE', 'MALE')),
    role     varchar(20)  not null
        check (role in ('CHAIR', 'RECORDER', 'TREASURER', 'KEY_HOLDER', 'MONEY_COUNTER', 'MEMBER')),
    unique (group_id, number)
);

create table savings_cycle (
    id                       bigint generated always as identity primary key,
    group_id                 bigint        not null references savings_group (id),
    number                   integer       not null,
    started_on               date          not null,
    share_value              numeric(19, 2) not null check (share_value > 0),
    min_shares               smallint      not null check (min_shares between 0 and 20),
    max_shares               smallint      not null check (max_shares between 1 and 20),
    service_charge_percent   numeric(5, 2) not null check (service_charge_percent between 0 and 30),
    charge_method            varchar(10)   not null check (charge_method in ('FLAT', 'DECLINING')),
    max_loan_multiple        smallint      not null check (max_loan_multiple between 1 and 10),
    social_fund_contribution numeric(19, 2) not null check (social_fund_contribution >= 0),
    fine                     numeric(19, 2) not null check (fine >= 0),
    cycle_months             smallint      not null check (cycle_months between 3 and 24),
    shared_out_on            date,
    unique (group_id, number)
);
-- One open cycle per group.
create unique index savings_cycle_open_idx on savings_cycle (group_id) where shared_out_on is null;

create table savings_meeting (
    id          bigint generated always as identity primary key,
    cycle_id    bigint      not null references savings_cycle (id),
    number      integer     not null,
    held_on     date        not null,
    present     integer     not null,
    recorded_by varchar(60) not null,
    recorded_at timestamptz not null default now(),
    unique (cycle_id, number)
);

create table savings_attendance (
    meeting_id bigint not null references savings_meeting (id),
    member_id  bigint not null references savings_member (id),
    primary key (meeting_id, member_id)
);

create table savings_entry (
    id          bigint generated always as identity primary key,
    cycle_id    bigint         not null references savings_cycle (id),
    meeting_id  bigint references savings_meeting (id),
    member_id   bigint references savings_member (id),
    kind        varchar(20)    not null check (kind in ('SHARES', 'SOCIAL_FUND', 'SOCIAL_GRANT', 'LOAN', 'REPAYMENT',
                                                       'SERVICE_CHARGE', 'FINE', 'REVERSAL')),
    amount      numeric(19, 2) not null check (amount >= 0),
    shares      smallint       not null default 0 check (shares >= 0),
    on_day      date           not null,
    reverses    bigint unique references savings_entry (id),
    note        varchar(200),
    recorded_by varchar(60)    not null,
    recorded_at timestamptz    not null default now(),
    constraint savings_entry_reversal check ((kind = 'REVERSAL') = (reverses is not null))
);
create index savings_entry_cycle_idx on savings_entry (cycle_id, id);
create index savings_entry_member_idx on savings_entry (member_id);

-- The ledger is corrected by reversal only: the database refuses to rewrite it, whatever the application does.
create function savings_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'savings_entry is append-only';
end;
$$;
create trigger savings_entry_no_update before update or delete on savings_entry
    for each row execute function savings_entry_is_append_only();
create trigger savings_entry_no_truncate before truncate on savings_entry
    for each statement execute function savings_entry_is_append_only();
