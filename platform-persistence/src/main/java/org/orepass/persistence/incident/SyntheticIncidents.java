package org.orepass.persistence.incident;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds synthetic incidents for benchmarks after the generated sites exist:
 * {@code --orepass.generate.organisations=20000 --orepass.generate.sites=100000
 * --orepass.generate.incidents=1000000}. One set-based insert per 100,000 rows. The spread follows community
 * reporting: most incidents at a registered site (some placed only by division), accidents, illegal taxation and
 * custody anomalies more frequent than Annex II abuses, level 3 and 2 far more common than level 1, occurrence
 * dates over four years, and the states in proportions a working programme would show (a fifth still awaiting
 * verification, some dismissed, most verified ones followed up or resolved), with the verification and closing
 * dates the dashboard's medians read. Generated rows carry no audit entries (the trail is for real changes).
 */
@Component
@Order(110)
@ConditionalOnProperty(name = "orepass.generate.incidents")
class SyntheticIncidents implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SyntheticIncidents.class);
    private static final int BATCH = 100_000;

    private final JdbcTemplate jdbc;
    private final int incidents;

    SyntheticIncidents(JdbcTemplate jdbc, @Value("${orepass.generate.incidents}") int incidents) {
        this.jdbc = jdbc;
        this.incidents = incidents;
    }

    @Override
    public void run(ApplicationArguments args) {
        var existing = jdbc.queryForObject("select count(*) from incident where description like 'gen-%'",
                Integer.class);
        var sites = jdbc.queryForObject("select count(*) from mine_site where name like 'gen-%'", Integer.class);
        if (existing == null || existing >= incidents || sites == null || sites == 0) {
            LOG.info("Synthetic incidents: {} present, {} generated sites; nothing to add", existing, sites);
            return;
        }
        var started = Instant.now();
        for (int from = existing; from < incidents; from += BATCH) {
            insert(from + 1, Math.min(incidents, from + BATCH));
        }
        jdbc.execute("analyze incident");
        LOG.info("Synthetic incidents: {} in {} s", incidents, Duration.between(started, Instant.now()).toSeconds());
    }

    private void insert(int first, int last) {
        jdbc.update("""
                with site as (
                    select id, country, division, locality, row_number() over (order by id) as rn
                    from mine_site where name like 'gen-%'
                ), sub as (
                    select array_agg(c.id order by c.id) as ids,
                           array_agg(c.id order by c.id) filter (where p.code in ('HEALTH_SAFETY',
                               'ILLEGAL_TAXATION', 'CUSTODY_ANOMALY', 'ENVIRONMENT')) as frequent
                    from incident_category c join incident_category p on p.id = c.parent_id
                ), n as (select count(*) as sites from site),
                g as (
                    select g, random() as r_status, random() as r_sev, random() as r_cat, random() as r_site,
                           current_date - (random() * 1460)::int as occurred, random() as r_days,
                           random() as r_close
                    from generate_series(?, ?) g
                ), base as (
                    select g.*, s.id as site_id, s.country, s.division, s.locality,
                           case when g.r_cat < 0.7 then sub.frequent[1 + (g.g * 7 % array_length(sub.frequent, 1))]
                                else sub.ids[1 + (g.g * 13 % array_length(sub.ids, 1))] end as category_id,
                           case when g.r_status < 0.12 then 'REPORTED' when g.r_status < 0.20 then 'UNDER_VERIFICATION'
                                when g.r_status < 0.27 then 'DISMISSED' when g.r_status < 0.40 then 'VERIFIED'
                                when g.r_status < 0.60 then 'FOLLOW_UP' when g.r_status < 0.82 then 'RESOLVED'
                                when g.r_status < 0.93 then 'MONITORED' else 'PERSISTENT' end as status,
                           (g.occurred + (g.r_days * 5)::int)::timestamp at time zone 'UTC' as reported
                    from g cross join sub cross join n
                    join site s on s.rn = 1 + (g.g::bigint * 7919 % n.sites)
                )
                insert into incident (category_id, severity, occurred_on, site_id, country, division, locality,
                    mineral, description, description_sensitive, affected_women, affected_men, affected_girls,
                    affected_boys, source, status, dismissal_reason, reported_at, verified_at, closed_at,
                    review_due)
                select category_id,
                       case when r_sev < 0.1 then 1 when r_sev < 0.5 then 2 else 3 end,
                       occurred,
                       case when r_site < 0.85 then site_id end, country, division,
                       case when r_site >= 0.85 then locality end,
                       (array['CASSITERITE', 'GOLD', 'GOLD_ORE', 'COLTAN', 'WOLFRAMITE', 'CASSITERITE',
                              'GOLD'])[1 + g % 7],
                       'gen-incident ' || g, g % 5 = 0, g % 4, 1 + g % 6, g % 3 / 2, g % 5 / 3,
                       (array['MONITOR', 'OPERATOR', 'INSPECTOR', 'ANONYMOUS_PUBLIC'])[1 + g % 4],
                       status,
                       case when status = 'DISMISSED' then 'gen: not confirmed on the spot' end,
                       reported,
                       case when status not in ('REPORTED', 'UNDER_VERIFICATION', 'DISMISSED')
                            then reported + (1 + r_days * 30) * interval '1 day' end,
                       case when status = 'DISMISSED' then reported + (1 + r_days * 20) * interval '1 day'
                            when status = 'RESOLVED'
                            then reported + (1 + r_days * 30 + r_close * 180) * interval '1 day' end,
                       case when status in ('VERIFIED', 'FOLLOW_UP', 'MONITORED', 'PERSISTENT')
                            then (reported + (1 + r_days * 30) * interval '1 day' + interval '6 months')::date end
                from base""", first, last);
    }
}
