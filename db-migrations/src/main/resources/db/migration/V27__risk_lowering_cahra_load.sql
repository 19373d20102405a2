-- Issue 12: a level lowered below what the assessor's answers give counts only once a second person signed the
-- lowering off (RiskAssessment.lowerTo / signOffLowering); until then the higher level applies. Which risks were
-- lowered, from which level, by whom and who signed it off are kept with the assessment (the yearly report names
-- them). Levels raised by red flags cannot be lowered at all: they are computed on every read, never stored.
alter table risk_assessment
    -- CODE=LEVEL;... the answers' level of each lowered risk at the time of the lowering (empty: none lowered).
    add column lowered_from            varchar(500) not null default '',
    add column lowered_by              varchar(60),
    add column lowered_at              timestamptz,
    add column lowering_signed_off_by  varchar(60),
    add column lowering_signed_off_at  timestamptz,
    add check ((lowered_from = '') = (lowered_by is null)),
    add check (lowering_signed_off_by is null or lowered_by is not null);

alter table risk_assessment_version
    add column lowered_from            varchar(500) not null default '',
    add column lowered_by              varchar(60),
    add column lowering_signed_off_by  varchar(60);

-- The CAHRA list: entries shipped as an example in demo mode are marked, so the page labels them; a list loaded
-- from a CSV file keeps its source and date per entry, as a hand-added entry does.
alter table cahra_area add column demo boolean not null default false;
