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

    SyntheticDataset(JdbcTemplate jdbc, TransactionTemplate transaction,
            @Value("${orepass.generate.organisations}") int organisations,
            @Value("${orepass.generate.users-per-organisation:5}") int usersPerOrganisation) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.organisations = organisations;
        this.usersPerOrganisation = usersPerOrganisation;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from organisation where name like 'gen-%'",
                Integer.class);
        if (existing != null && existing >= organisations) {
            LOG.info("Synthetic dataset already present ({} organisations)", existing);
            return;
        }
        var started = Instant.now();
        transaction.executeWithoutResult(status -> generate(existing == null ? 0 : existing));
        jdbc.execute("analyze");
        LOG.info("Synthetic dataset: {} organisations, {} users in {} s (password '{}')", organisations,
                organisations * usersPerOrganisation, Duration.between(started, Instant.now()).toSeconds(), PASSWORD);
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
