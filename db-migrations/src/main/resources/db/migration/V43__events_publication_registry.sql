-- Spring Modulith's JDBC event publication registry (2.0, schema v2 for PostgreSQL): one row per event and
-- listener, written in the transaction that publishes the event, completed when the listener's own transaction
-- commits. An incomplete row is what a crash or a failed listener leaves; it is re-sent (EventResubmission).
-- Flyway owns the table (spring.modulith.events.jdbc.schema-initialization.enabled=false).
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
