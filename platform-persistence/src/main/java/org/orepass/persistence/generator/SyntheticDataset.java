package org.orepass.persistence.generator;

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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with a realistic synthetic dataset for benchmarks:
 * {@code java -jar orepass.jar --orepass.generate.organisations=20000}. Set-based SQL (generate_series), so a
 * million rows take seconds, not hours. Runs once per database (rows are tagged "gen-"), then the platform
 * serves as usual. Later features add their tables here: sites, lots, incidents.
 *
 * <p>What "realistic" means here: organisations spread over the programme countries and their divisions with
 * the type mix of the supply chain (many cooperatives and traders, few exporters and agencies), five users per
 * organisation with the roles their organisation's type implies, audit entries for every row as the platform
 * would have written them. Every generated user has the password {@value #PASSWORD}.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "orepass.generate.organisations")
class SyntheticDataset implements ApplicationRunner {

    static final String PASSWORD = "bench-password";
    // bcrypt of PASSWORD: computing it per user would make generation take minutes.
    private static final String PASSWORD_HASH = "{bcrypt}$2a$10$peqnHVasZfouokE7DscRHey4ul3BP6calS.woJ9o577T2v3MaOd0i";
    private static final Logger LOG = LoggerFactory.getLogger(SyntheticDataset.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final int organisations;
    private final int usersPerOrganisation;
    private final int sites;

    SyntheticDataset(JdbcTemplate jdbc, TransactionTemplate transaction,
            @Value("${orepass.generate.organisations}") int organisations,
            @Value("${orepass.generate.users-per-organisation:5}") int usersPerOrganisation,
            @Value("${orepass.generate.sites:0}") int sites) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.organisations = organisations;
        this.usersPerOrganisation = usersPerOrganisation;
        this.sites = sites;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from organisation where name like 'gen-%'",
                Integer.class);
        var started = Instant.now();
        if (existing != null && existing >= organisations) {
            LOG.info("Synthetic dataset already present ({} organisations)", existing);
        } else {
            transaction.executeWithoutResult(status -> generate(existing == null ? 0 : existing));
        }
        Integer existingSites = jdbc.queryForObject("select count(*) from mine_site where name like 'gen-%'",
                Integer.class);
        if (existingSites != null && existingSites < sites) {
            transaction.executeWithoutResult(status -> generateSites(existingSites));
            LOG.info("Synthetic dataset: {} mine sites", sites);
        }
        jdbc.execute("analyze");
        LOG.info("Synthetic dataset: {} organisations, {} users in {} s (password '{}')", organisations,
                organisations * usersPerOrganisation, Duration.between(started, Instant.now()).toSeconds(), PASSWORD);
    }

    /**
     * Sites spread over the programme countries' divisions around real mining areas, a mineral mix dominated by
     * tin and gold, statuses in the proportions programmes report (most blue or green, some yellow, few red),
     * inspection dates spread over four years so the time rules matter, owners among generated cooperatives.
     */
    private void generateSites(int from) {
        jdbc.execute("""
                create temporary table gen_area (n int, country text, division text, lat numeric, lon numeric)
                    on commit drop;
                insert into gen_area values
                 (0,'UG','UG-W',-1.28,29.69),(1,'UG','UG-W',-0.90,29.78),(2,'UG','UG-E',1.72,34.30),
                 (3,'CD','CD-NK',-1.58,28.90),(4,'CD','CD-SK',-2.50,28.86),(5,'CD','CD-MA',-3.20,26.50),
                 (6,'CD','CD-IT',1.60,29.90),(7,'RW','RW-03',-1.58,30.06),(8,'RW','RW-05',-2.30,29.30),
                 (9,'CO','CO-CHO',5.69,-76.66),(10,'CO','CO-ANT',7.00,-75.50),(11,'ZW','ZW-MI',-19.45,29.80),
                 (12,'KE','KE-17',-0.90,34.40),(13,'ID','ID-BB',-2.10,106.10),(14,'BI','BI-CI',-3.30,29.40)
                """);
        jdbc.execute("""
                create temporary table gen_coop on commit drop as
                select (row_number() over (order by id) - 1)::int as n, id from organisation
                where name like 'gen-%' and type = 'COOPERATIVE' order by id limit 100
                """);
        jdbc.update("""
                insert into site_sequence (country, last)
                select distinct country, 0 from gen_area on conflict (country) do nothing
                """);
        jdbc.update("""
                with raw as (
                  select i, a.country, a.division,
                         round(a.lat + ((i::bigint * 7919) % 2000 - 1000) / 4000.0, 6) as lat,
                         round(a.lon + ((i::bigint * 104729) % 2000 - 1000) / 4000.0, 6) as lon,
                         (array['BLUE','GREEN','GREEN','BLUE','YELLOW','GREEN','BLUE','RED','GREEN','BLUE'])[1 + i % 10] as status,
                         current_date - ((i * 37) % 1460) as since
                  from generate_series(?, ?) i join gen_area a on a.n = i % 15),
                numbered as (
                  update site_sequence s set last = s.last + c.cnt
                  from (select country, count(*) cnt from raw group by country) c
                  where s.country = c.country
                  returning s.country, s.last - c.cnt as base)
                insert into mine_site (icglr_id, national_id, name, country, division, locality, latitude, longitude,
                    owner_id, activity_status, mining_type, formalisation_stage, workers_men, workers_women,
                    children_observed, members_men, members_women, mercury_use, status, status_since,
                    correction_deadline, registered_at, version)
                select r.country || '-' || case when r.lat < 0 then '-' else '+' end || to_char(abs(r.lat), 'FM990.0000')
                         || case when r.lon < 0 then '-' else '+' end || to_char(abs(r.lon), 'FM990.0000')
                         || '-' || lpad((n.base + row_number() over (partition by r.country order by r.i))::text, 5, '0'),
                       'NAT-' || r.i, 'gen-site ' || (array['Nyakabingo','Rubaya','Bisie','Kamituga','Mwenga','Lugushwa',
                         'Nyabibwe','Gatumba','Kisoro','Mubende','Migori','Kadoma','Quibdó','Bangka','Kalehe'])[1 + r.i % 15]
                         || ' ' || r.i,
                       r.country, r.division, 'locality ' || (r.i % 500), r.lat, r.lon,
                       c.id,
                       (array['ACTIVE','ACTIVE','ACTIVE','NON_ACTIVE','ABANDONED'])[1 + r.i % 5],
                       (array['ARTISANAL','ARTISANAL','SMALL_SCALE','SEMI_INDUSTRIAL'])[1 + r.i % 4],
                       (array['LICENSED','LICENSED','LICENCE_APPLIED','INFORMAL','SUSPENDED'])[1 + r.i % 5],
                       20 + r.i % 200, 5 + r.i % 80, case when r.i % 23 = 0 then 1 + r.i % 5 else 0 end,
                       r.i % 150, r.i % 90, r.i % 3 = 0, r.status, r.since,
                       case when r.status = 'YELLOW' then r.since + 90 end, now() - (r.i % 1460) * interval '1 day', 0
                from raw r join numbered n on n.country = r.country left join gen_coop c on c.n = r.i % 100
                """, from + 1, sites);
        jdbc.update("""
                insert into mine_site_mineral (site_id, mineral)
                select id, (array['CASSITERITE','GOLD','CASSITERITE','COLTAN','GOLD','WOLFRAMITE','CASSITERITE'])[1 + id % 7]
                from mine_site s where s.name like 'gen-site%'
                  and not exists (select 1 from mine_site_mineral m where m.site_id = s.id)
                """);
        jdbc.update("""
                insert into mine_site_licence (site_id, licence_type, licence_number, granted_on, expires_on, commodities)
                select id, (array['ARTISANAL_PERMIT','MINING_LICENSE','UNLICENSED','CLAIM'])[1 + id % 4], 'LIC-' || id,
                       current_date - (id % 2000)::int, current_date + (id % 2500)::int - 500, '2609.00.00'
                from mine_site s where s.name like 'gen-site%'
                  and not exists (select 1 from mine_site_licence l where l.site_id = s.id)
                """);
        // Generated owners have full contact details, so member-state sites may go to the ICGLR endpoints.
        jdbc.update("""
                update mine_site set icglr_ready = true
                where name like 'gen-site%' and not icglr_ready and owner_id is not null
                  and country in ('AO', 'BI', 'CD', 'CF', 'CG', 'KE', 'RW', 'SS', 'SD', 'TZ', 'UG', 'ZM')
                """);
    }

    private void generate(int from) {
        // Programme countries with their divisions (ISO 3166-2), weighted by where ASM activity is.
        jdbc.execute("""
                create temporary table gen_place (n int, country text, division text) on commit drop;
                insert into gen_place values
                 (0,'UG','UG-W'),(1,'UG','UG-W'),(2,'UG','UG-E'),(3,'UG','UG-N'),(4,'UG','UG-C'),
                 (5,'CD','CD-NK'),(6,'CD','CD-NK'),(7,'CD','CD-SK'),(8,'CD','CD-MA'),(9,'CD','CD-IT'),
                 (10,'CD','CD-HK'),(11,'CD','CD-TA'),(12,'RW','RW-02'),(13,'RW','RW-03'),(14,'RW','RW-04'),
                 (15,'RW','RW-05'),(16,'CO','CO-CHO'),(17,'CO','CO-ANT'),(18,'CO','CO-BOL'),(19,'ZW','ZW-MI'),
                 (20,'ZW','ZW-MA'),(21,'KE','KE-30'),(22,'KE','KE-17'),(23,'ID','ID-BB'),(24,'ID','ID-KR')
                """);
        jdbc.update("""
                insert into organisation (name, type, country, division, tax_id, address, contact_name,
                                          contact_email, contact_phone, active, version, created_at, updated_at)
                select 'gen-' || (array['Umoja','Amani','Tumaini','Bufumbira','Kivu','Nyabibwe','Rubaya','Kalehe',
                         'Chocó','Mutoko','Migori','Bangka','Kisoro','Mwenge','Kabale','Gakenke'])[1 + i % 16]
                         || ' ' || (array['Cooperative','Miners','Traders','Minerals','Mining Group','Comptoir',
                         'Processors','Watch'])[1 + (i / 16) % 8] || ' ' || i,
                       (array['COOPERATIVE','COOPERATIVE','COOPERATIVE','MINE_OPERATOR','MINE_OPERATOR','TRADER',
                              'TRADER','TRADER','PROCESSOR','EXPORTER','CSO','GOVERNMENT_AGENCY','AUDITOR',
                              'COOPERATIVE','TRADER','CSO'])[1 + (i * 7) % 16],
                       p.country, p.division, 'TIN-' || lpad(i::text, 9, '0'), 'Plot ' || (i % 300) || ', town',
                       'Contact ' || i, 'contact' || i || '@example.org', '+256 700 ' || lpad((i % 1000000)::text, 6, '0'),
                       i % 37 <> 0, 0, now() - (i % 1500) * interval '1 day', now() - (i % 300) * interval '1 day'
                from generate_series(?, ?) i join gen_place p on p.n = i % 25
                """, from + 1, organisations);
        jdbc.update("""
                insert into user_account (username, full_name, email, organisation_id, password_hash, active,
                                          must_change_password, failed_logins, preferred_language,
                                          jurisdiction_country, version, created_at, updated_at)
                select 'gen-u' || o.id || '-' || k,
                       (array['Amina','Joseph','Grace','Jean-Paul','Esther','Wanjiru','Claudine','Moses','Luz',
                              'Tendai','Putri','Patience'])[1 + (o.id + k) % 12] || ' ' ||
                       (array['Nakato','Mugisha','Habimana','Kabugo','Otieno','Mukamana','Akello','Moyo','Rentería',
                              'Wijaya','Bahati','Ndayishimiye'])[1 + (o.id * 3 + k) % 12],
                       'gen-u' || o.id || '-' || k || '@example.org', o.id, ?, o.active, false, 0,
                       (array['en','fr','sw','es'])[1 + (o.id + k) % 4],
                       case when o.type = 'GOVERNMENT_AGENCY' then o.country end, 0, o.created_at, o.updated_at
                from organisation o cross join generate_series(1, ?) k
                where o.name like 'gen-%' and not exists (select 1 from user_account u where u.organisation_id = o.id)
                """, PASSWORD_HASH, usersPerOrganisation);
        jdbc.update("""
                insert into user_role (user_id, role)
                select u.id, case o.type when 'GOVERNMENT_AGENCY' then (case when u.id % 10 = 0 then 'ADMIN' else 'INSPECTOR' end)
                                         when 'EXPORTER' then 'EXPORTER' when 'CSO' then 'CSO_MONITOR'
                                         when 'AUDITOR' then 'AUDITOR' else 'OPERATOR' end
                from user_account u join organisation o on o.id = u.organisation_id
                where u.username like 'gen-u%' and not exists (select 1 from user_role r where r.user_id = u.id)
                """);
        // The trail the platform would have written when these rows were created.
        jdbc.update("""
                insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, changes)
                select o.created_at, 'generator', 'Organisation', o.id::text, 'CREATE',
                       jsonb_build_object('name', jsonb_build_object('old', null, 'new', o.name),
                                          'type', jsonb_build_object('old', null, 'new', o.type),
                                          'country', jsonb_build_object('old', null, 'new', o.country))
                from organisation o where o.name like 'gen-%' and o.id > coalesce(
                    (select max(entity_id::bigint) from audit_entry where actor = 'generator'
                     and entity_type = 'Organisation'), 0)
                """);
    }
}
