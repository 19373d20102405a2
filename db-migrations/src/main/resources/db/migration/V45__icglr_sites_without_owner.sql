-- Issue 17: a site without an owner is published to the ICGLR interchange without the owner field instead of
-- being left out (org.orepass.site.IcglrExchange). The flag is kept by the application; this sets it once for the
-- sites that exist already: a member state, a national id, no owner, and operators with full contact details.
update mine_site s set icglr_ready = true
where not s.icglr_ready
  and s.owner_id is null
  and s.country in ('AO', 'BI', 'CD', 'CF', 'CG', 'KE', 'RW', 'SS', 'SD', 'TZ', 'UG', 'ZM')
  and s.national_id is not null
  and not exists (select 1 from mine_site_operator mo join organisation o on o.id = mo.organisation_id
                  where mo.site_id = s.id
                    and not (o.contact_name is not null and o.contact_name <> ''
                    and o.contact_email ~ '^[A-Za-z0-9_.-]+@([A-Za-z0-9_-]+\.)+[A-Za-z0-9_-]{2,4}$'
                    and regexp_replace(o.contact_phone, '[[:space:]().-]', '', 'g') ~ '^\+[1-9][0-9]{1,14}$'));
