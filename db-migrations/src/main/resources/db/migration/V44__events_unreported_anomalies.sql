-- Hands the custody anomalies that have no automatic incident yet (their event was lost before the registry
-- existed) to the event publication registry: one failed publication each, which EventResubmission re-sends
-- within a minute of start-up, once, whichever node takes it. This replaces the start-up sweep (AnomalySweep).
-- The JSON is what the registry itself stores for CustodyAnomalyRecorded (no lots: they were never recorded with
-- an anomaly; the listener links those that carry its tag). AutomaticIncidentIntegrationTest delivers one.
insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                               completion_attempts)
select gen_random_uuid(),
       'org.orepass.incident.AutomaticIncidents.on(org.orepass.custody.CustodyAnomalyRecorded)',
       'org.orepass.custody.CustodyAnomalyRecorded',
       json_build_object('anomalyId', a.id, 'kind', a.kind, 'tagNumber', a.tag_number, 'siteId', a.site_id,
                         'country', s.country, 'lotIds', json_build_array(),
                         'recordedAt', to_char(a.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                         'details', a.details)::text,
       now(), 'FAILED', 1
from custody_anomaly a
         left join mine_site s on s.id = a.site_id
where not exists (select 1 from incident i where i.custody_anomaly_id = a.id);
