-- Incident map (docs/incidents.md): division centres are the average position of a division's registered
-- sites; this index answers that from the index alone.
create index mine_site_division_position_idx on mine_site (country, division) include (latitude, longitude);
