-- Why the site has its recorded status (the reason of its latest status change), so that a red site can say whether
-- its red comes from a critical RCM criterion (an inspection or an override) or from the passing of time (a yellow
-- past its correction deadline, a blue past three years). Risk flags and custody blocks depend on the difference.
alter table mine_site add column status_reason varchar(20) not null default 'REGISTRATION';

update mine_site s
set status_reason = latest.reason
from (select distinct on (site_id) site_id, reason
      from site_status_change
      order by site_id, changed_on desc, id desc) latest
where latest.site_id = s.id;
