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
 * Custody chains for the genealogy benchmark: {@code --orepass.generate.lots=1000000} (after organisations and
 * sites, see {@link SyntheticDataset}). Each chain ends in one export lot, as exporters' comptoirs work: bagged
 * production lots of 20-80 kg at green sites of one mineral, each bought by the exporter from the cooperative
 * (a received transfer and a purchase lot), purchases combined 30 to 70 at a time, each combination processed
 * into a concentrate with 28 % loss, and 5 to 15 concentrates exported together. A chain thus holds 300 to 2,100
 * lots upstream of its export; the benchmark picks the one nearest to 1,000 (bench/trace.sh).
 *
 * <p>Ids are computed, not returned one by one, so every table fills in one set-based statement.
 */
@Component
@Order(110)
@ConditionalOnProperty(name = "orepass.generate.lots")
class SyntheticCustody implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SyntheticCustody.class);
    /** Average lots per chain: 2 x 10 combinations x 50 purchases, plus combinations, concentrates, export. */
    private static final int LOTS_PER_CHAIN = 1021;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final int lots;

    SyntheticCustody(JdbcTemplate jdbc, TransactionTemplate transaction,
            @Value("${orepass.generate.lots}") int lots) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.lots = lots;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("select count(*) from lot where lot_number like 'GEN-%'", Long.class);
        if (existing != null && existing > 0) {
            LOG.info("Synthetic custody chains already present ({} lots)", existing);
            history();
            return;
        }
        Long sites = jdbc.queryForObject("select count(*) from mine_site where name like 'gen-site%'"
                + " and status = 'GREEN' and owner_id is not null", Long.class);
        Long exporters = jdbc.queryForObject("select count(*) from organisation where name like 'gen-%'"
                + " and type = 'EXPORTER' and active", Long.class);
        if (sites == null || sites == 0 || exporters == null || exporters == 0) {
            LOG.warn("No custody chains generated: generate organisations and sites first"
                    + " (--orepass.generate.organisations, --orepass.generate.sites)");
            return;
        }
        var started = Instant.now();
        int chains = Math.max(1, lots / LOTS_PER_CHAIN);
        transaction.executeWithoutResult(status -> generate(chains));
        jdbc.execute("analyze lot");
        jdbc.execute("analyze lot_input");
        jdbc.execute("analyze custody_tag");
        jdbc.execute("analyze custody_transfer");
        Long made = jdbc.queryForObject("select count(*) from lot where lot_number like 'GEN-%'", Long.class);
        LOG.info("Synthetic custody: {} chains, {} lots in {} s", chains, made,
                Duration.between(started, Instant.now()).toSeconds());
        history();
    }

    /**
     * What the chains' steps recorded, for the passport and EPCIS benchmarks (issues 18 and 19): one custody
     * operation per production, sale, receipt, combination and processing with its lots, and for each export lot a
     * certified export shipment (its certificate and verification codes come from the triggers). Added once, also to
     * a database generated before this step existed.
     */
    private void history() {
        Boolean done = jdbc.queryForObject("select exists (select 1 from custody_operation where recorded_by ="
                + " 'generator')", Boolean.class);
        if (Boolean.TRUE.equals(done)) {
            return;
        }
        var started = Instant.now();
        transaction.executeWithoutResult(status -> recordHistory());
        jdbc.execute("analyze custody_operation");
        jdbc.execute("analyze custody_operation_lot");
        jdbc.execute("analyze export_shipment");
        Long operations = jdbc.queryForObject("select count(*) from custody_operation where recorded_by ="
                + " 'generator'", Long.class);
        LOG.info("Synthetic custody history: {} operations and their shipments in {} s", operations,
                Duration.between(started, Instant.now()).toSeconds());
    }

    private void recordHistory() {
        jdbc.execute("""
                with produced as materialized (
                    select l.id, l.custodian_id, l.production_date, l.registered_at, l.mass_kg,
                           nextval(pg_get_serial_sequence('custody_operation', 'id')) as op_id
                    from lot l where l.lot_number like 'GEN-P-%'
                ), operation as (
                    insert into custody_operation (id, kind, organisation_id, operation_date, recorded_by, recorded_at)
                    select op_id, 'PRODUCTION', custodian_id, production_date, 'generator', registered_at from produced
                )
                insert into custody_operation_lot (operation_id, lot_id, role, mass_kg)
                select op_id, id, 'OUTPUT', mass_kg from produced
                """);
        jdbc.execute("""
                with sold as materialized (
                    select t.*, nextval(pg_get_serial_sequence('custody_operation', 'id')) as op_id
                    from custody_transfer t where t.sent_by = 'generator'
                ), operation as (
                    insert into custody_operation (id, kind, organisation_id, counterpart_id, operation_date,
                                                   recorded_by, recorded_at)
                    select op_id, 'SALE', seller_id, buyer_id, sent_on, 'generator', sent_at from sold
                )
                insert into custody_operation_lot (operation_id, lot_id, role, mass_kg)
                select op_id, lot_id, 'INPUT', mass_sent_kg from sold
                """);
        jdbc.execute("""
                with received as materialized (
                    select t.*, nextval(pg_get_serial_sequence('custody_operation', 'id')) as op_id
                    from custody_transfer t where t.sent_by = 'generator' and t.status = 'RECEIVED'
                ), operation as (
                    insert into custody_operation (id, kind, organisation_id, counterpart_id, operation_date,
                                                   recorded_by, recorded_at)
                    select op_id, 'RECEIPT', buyer_id, seller_id, received_on, 'generator', received_on::timestamptz
                    from received
                )
                insert into custody_operation_lot (operation_id, lot_id, role, mass_kg)
                select op_id, lot_id, 'SUBJECT', mass_sent_kg from received
                union all
                select op_id, received_lot_id, 'OUTPUT', mass_received_kg from received
                """);
        // Combinations (GEN-C) and processings (GEN-K, 28 % lost): the inputs from lot_input, the lot made.
        jdbc.execute("""
                with made as materialized (
                    select l.id, l.custodian_id, l.registered_at, l.mass_kg, l.originating_operation as kind,
                           case when l.originating_operation = 'PROCESSING'
                                then (select sum(li.mass_kg) from lot_input li where li.lot_id = l.id) - l.mass_kg
                           end as loss,
                           nextval(pg_get_serial_sequence('custody_operation', 'id')) as op_id
                    from lot l where l.lot_number like 'GEN-C-%' or l.lot_number like 'GEN-K-%'
                ), operation as (
                    insert into custody_operation (id, kind, organisation_id, operation_date, loss_kg, recorded_by,
                                                   recorded_at)
                    select op_id, kind, custodian_id, registered_at::date, loss, 'generator', registered_at from made
                )
                insert into custody_operation_lot (operation_id, lot_id, role, mass_kg)
                select m.op_id, li.input_lot_id, 'INPUT', li.mass_kg from made m join lot_input li on li.lot_id = m.id
                union all
                select op_id, id, 'OUTPUT', mass_kg from made
                """);
        // Each export lot: a shipment submitted and certified the next day, certificate valid 90 days.
        jdbc.execute("""
                with exported as materialized (
                    select l.id, l.custodian_id, l.mineral, l.mass_kg, l.registered_at, o.country,
                           nextval(pg_get_serial_sequence('export_shipment', 'id')) as shipment_id
                    from lot l join organisation o on o.id = l.custodian_id where l.lot_number like 'GEN-E-%'
                ), shipment as (
                    insert into export_shipment (id, exporter_id, status, importer_name, importer_address,
                        importer_country, destination_country, mineral, hs_code, declared_mass, declared_unit,
                        declared_mass_kg, grade, declared_value, currency, transport_mode, route, border_post,
                        shipment_date, export_lot_id, created_by, created_at, submitted_by, submitted_at,
                        decided_by, decided_at)
                    select shipment_id, custodian_id, 'CERTIFIED', 'gen-importer', 'Generated Street 1', 'BE', 'BE',
                           mineral, '2609', mass_kg, 'KGM', mass_kg, 65, mass_kg * 12, 'USD', 'ROAD', country || ';UG;KE',
                           'Gen border post', registered_at::date + 2, id, 'generator', registered_at, 'generator',
                           registered_at, 'generator', registered_at + interval '1 day'
                    from exported
                ), certificate as (
                    insert into export_certificate (shipment_id, issuing_country, serial_number, issuing_authority,
                        verifier_name, verifier_position, verified_on, validator_name, mineral_origin, issued_on,
                        expires_on, issued_by, issued_at)
                    select shipment_id, country, 'GEN-' || id, 'Generated ministry', 'gen verifier', 'inspector',
                           registered_at::date + 1, 'gen validator', country, registered_at::date + 1,
                           registered_at::date + 91, 'generator', registered_at + interval '1 day'
                    from exported
                )
                insert into export_shipment_lot (shipment_id, lot_id, mass_kg)
                select e.shipment_id, li.input_lot_id, li.mass_kg from exported e join lot_input li on li.lot_id = e.id
                """);
        jdbc.execute("select setval(pg_get_serial_sequence('custody_operation', 'id'),"
                + " (select max(id) from custody_operation))");
        jdbc.execute("select setval(pg_get_serial_sequence('export_shipment', 'id'),"
                + " (select max(id) from export_shipment))");
    }

    private void generate(int chains) {
        jdbc.execute("""
                create temporary table gen_exporter on commit drop as
                select (row_number() over (order by id) - 1)::int as n, id from organisation
                where name like 'gen-%' and type = 'EXPORTER' and active
                """);
        jdbc.update("""
                create temporary table gen_chain on commit drop as
                select g, 5 + (g * 7) % 11 as processings, 30 + (g * 13) % 41 as per_combination,
                       (array['CASSITERITE','GOLD','CASSITERITE','COLTAN','WOLFRAMITE'])[1 + g % 5] as mineral,
                       e.id as exporter_id, current_date - 30 - (g * 17) % 700 as day
                from generate_series(1, ?) g join gen_exporter e on e.n = g % (select count(*) from gen_exporter)
                """, chains);
        jdbc.execute("""
                create temporary table gen_combination on commit drop as
                select row_number() over (order by c.g, k) as c, c.g, c.per_combination, c.mineral, c.exporter_id, c.day
                from gen_chain c cross join lateral generate_series(1, c.processings) k
                """);
        jdbc.execute("""
                create temporary table gen_site on commit drop as
                select m.mineral, (row_number() over (partition by m.mineral order by s.id) - 1)::int as n,
                       s.id, s.owner_id, s.country
                from mine_site s join mine_site_mineral m on m.site_id = s.id
                where s.name like 'gen-site%' and s.status = 'GREEN' and s.owner_id is not null
                """);
        jdbc.execute("create temporary table gen_site_count on commit drop as"
                + " select mineral, count(*) as sites from gen_site group by mineral");
        jdbc.execute("""
                create temporary table gen_production on commit drop as
                select x.p, x.c, x.exporter_id, x.mineral, x.day, s.id as site_id, s.owner_id, s.country,
                       (20 + (x.p * 37) % 61)::numeric as mass
                from (select row_number() over (order by c.c, k) as p, c.c, c.exporter_id, c.mineral, c.day
                      from gen_combination c cross join lateral generate_series(1, c.per_combination) k) x
                join gen_site_count k on k.mineral = x.mineral
                join gen_site s on s.mineral = x.mineral and s.n = (x.p * 7919) % k.sites
                """);
        long productions = count("gen_production");
        long combinations = count("gen_combination");
        long base = jdbc.queryForObject("select coalesce(max(id), 0) from lot", Long.class);
        long tagBase = jdbc.queryForObject("select coalesce(max(id), 0) from custody_tag", Long.class);
        long purchaseBase = base + productions;
        long combinationBase = purchaseBase + productions;
        long processingBase = combinationBase + combinations;
        long exportBase = processingBase + combinations;

        jdbc.update("""
                insert into custody_tag (id, country, number, site_id, batch, status, issued_by, issued_at, version)
                select ? + p, country, 'GEN-' || lpad(p::text, 8, '0'), site_id, 'GEN-' || (p / 1000), 'USED',
                       'generator', day - 60, 0
                from gen_production
                """, tagBase);
        jdbc.update("""
                insert into lot (id, lot_number, custodian_id, creator_role, originating_operation, mineral, mass, unit,
                                 mass_kg, remaining_kg, concentration, package_type, package_count, site_id, tag_id,
                                 production_date, uncertified, registered_by, registered_at, version)
                select ? + p, 'GEN-P-' || p, owner_id, 'MINER', 'PRODUCTION', mineral, mass, 'KGM', mass, 0,
                       40 + p % 30, 'bag', 1, site_id, ? + p, day - 20, false, 'generator', day - 20, 0
                from gen_production
                """, base, tagBase);
        // The exporter buys each bag from the cooperative: a received transfer and a purchase lot.
        jdbc.update("""
                insert into lot (id, lot_number, custodian_id, creator_role, originating_operation, mineral, mass, unit,
                                 mass_kg, remaining_kg, registered_by, registered_at, version)
                select ? + p, 'GEN-B-' || p, exporter_id, 'EXPORTER', 'PURCHASE', mineral, mass, 'KGM', mass, 0,
                       'generator', day - 10, 0
                from gen_production
                """, purchaseBase);
        jdbc.update("""
                insert into lot_input (lot_id, input_lot_id, mass_kg)
                select ? + p, ? + p, mass from gen_production
                """, purchaseBase, base);
        jdbc.update("""
                insert into custody_transfer (lot_id, seller_id, buyer_id, mass_sent_kg, sent_on, sent_by, sent_at,
                    status, mass_received_kg, received_on, difference_kg, flagged, handled_by, received_lot_id, version)
                select ? + p, owner_id, exporter_id, mass, day - 12, 'generator', day - 12, 'RECEIVED', mass, day - 10,
                       0, false, 'generator', ? + p, 0
                from gen_production where owner_id <> exporter_id
                """, base, purchaseBase);
        jdbc.update("""
                insert into lot (id, lot_number, custodian_id, creator_role, originating_operation, mineral, mass, unit,
                                 mass_kg, remaining_kg, registered_by, registered_at, version)
                select ? + c.c, 'GEN-C-' || c.c, c.exporter_id, 'EXPORTER', 'COMBINATION', c.mineral, t.mass, 'KGM',
                       t.mass, 0, 'generator', c.day - 5, 0
                from gen_combination c join (select c, sum(mass) as mass from gen_production group by c) t on t.c = c.c
                """, combinationBase);
        jdbc.update("""
                insert into lot_input (lot_id, input_lot_id, mass_kg)
                select ? + c, ? + p, mass from gen_production
                """, combinationBase, purchaseBase);
        jdbc.update("""
                insert into lot (id, lot_number, custodian_id, creator_role, originating_operation, mineral, mass, unit,
                                 mass_kg, remaining_kg, concentration, registered_by, registered_at, version)
                select ? + l.id - ?, 'GEN-K-' || (l.id - ?), l.custodian_id, 'PROCESSOR', 'PROCESSING', l.mineral,
                       round(l.mass_kg * 0.72, 3), 'KGM', round(l.mass_kg * 0.72, 3), 0, 65, 'generator',
                       l.registered_at + interval '2 days', 0
                from lot l where l.id > ? and l.id <= ?
                """, processingBase, combinationBase, combinationBase, combinationBase, processingBase);
        jdbc.update("""
                insert into lot_input (lot_id, input_lot_id, mass_kg)
                select ? + l.id - ?, l.id, l.mass_kg from lot l where l.id > ? and l.id <= ?
                """, processingBase, combinationBase, combinationBase, processingBase);
        jdbc.update("""
                insert into lot (id, lot_number, custodian_id, creator_role, originating_operation, mineral, mass, unit,
                                 mass_kg, remaining_kg, registered_by, registered_at, version)
                select ? + c.g, 'GEN-E-' || c.g, c.exporter_id, 'EXPORTER', 'EXPORT', c.mineral, sum(l.mass_kg), 'KGM',
                       sum(l.mass_kg), sum(l.mass_kg), 'generator', c.day, 0
                from gen_combination c join lot l on l.id = ? + c.c
                group by c.g, c.exporter_id, c.mineral, c.day
                """, exportBase, processingBase);
        jdbc.update("""
                insert into lot_input (lot_id, input_lot_id, mass_kg)
                select ? + c.g, ? + c.c, l.mass_kg from gen_combination c join lot l on l.id = ? + c.c
                """, exportBase, processingBase, processingBase);
        // Explicit ids: move the identity sequences past them so the platform's own inserts go on.
        jdbc.execute("select setval(pg_get_serial_sequence('lot', 'id'), (select max(id) from lot))");
        jdbc.execute("select setval(pg_get_serial_sequence('custody_tag', 'id'), (select max(id) from custody_tag))");
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
