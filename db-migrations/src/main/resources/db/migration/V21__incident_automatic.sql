-- Automatic incidents from custody checks: the anomaly an incident was opened for, once per anomaly.
alter table incident add column custody_anomaly_id bigint references custody_anomaly (id);
create unique index incident_custody_anomaly_uq on incident (custody_anomaly_id) where custody_anomaly_id is not null;
alter table incident add constraint incident_automatic_check_has_anomaly
    check (custody_anomaly_id is null or (source = 'AUTOMATIC_CHECK' and reported_by is null
                                          and reporter_organisation_id is null));

-- Production beyond a site's stated capacity: its own chain-of-custody subcategory, next to weight and tags.
insert into incident_category (code, parent_id, annex_ii, name_en, name_fr, name_es, name_sw)
select 'PRODUCTION_OVER_CAPACITY', p.id, p.annex_ii, 'Production beyond the site’s capacity',
       'Production au-delà de la capacité du site', 'Producción superior a la capacidad del sitio',
       'Uzalishaji unaozidi uwezo wa mgodi'
from incident_category p where p.code = 'CUSTODY_ANOMALY';
