-- Issue 12: an inspection's colour follows what it records. New observations that imply RCM criteria by
-- themselves (children in hazardous work: worst forms of child labour; taxation by an armed group), the inspector's
-- statement that an armed presence or roadblock is the lawful state security (with a reason), and the second
-- inspector's confirmation that a colour better than the facts give needs before it applies.
alter table inspection
    add column children_in_hazardous_work boolean       not null default false,
    add column armed_group_taxation       boolean       not null default false,
    add column lawful_state_security      boolean       not null default false,
    add column lawful_security_reason     varchar(2000),
    add column requested_result           varchar(8),
    add column override_state             varchar(10),
    add column override_decided_by        varchar(60),
    add column override_decided_at        timestamptz,
    add column override_refusal           varchar(2000);

alter table inspection
    add constraint inspection_override_state_check
        check (override_state is null or override_state in ('PENDING', 'CONFIRMED', 'REFUSED', 'LAPSED')),
    add constraint inspection_requested_result_check
        check ((override_state is null) = (requested_result is null)),
    add constraint inspection_lawful_security_reason_check
        check (not lawful_state_security or lawful_security_reason is not null),
    add constraint inspection_hazardous_children_check
        check (not children_in_hazardous_work or observed_children > 0);

-- Site pages ask for the inspections still waiting for a second inspector.
create index inspection_pending_override_idx on inspection (site_id) where override_state = 'PENDING';
