-- Issue 17: a site whose owner or operator lacks contact details is published to the ICGLR interchange without
-- that party's contactDetails instead of being left out (org.orepass.site.IcglrExchange: only a member state and
-- a national id keep a site out now). The flag is kept by the application; this sets it once for the sites that
-- exist already.
update mine_site set icglr_ready = true
where not icglr_ready
  and country in ('AO', 'BI', 'CD', 'CF', 'CG', 'KE', 'RW', 'SS', 'SD', 'TZ', 'UG', 'ZM')
  and national_id is not null;
