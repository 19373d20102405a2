package org.orepass.persistence.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.orepass.persistence.testing.TestDatabase;

/**
 * V15 gives the lots recorded before it their history: on a fresh database migrated to V14 with a production lot,
 * a received sale, a rejected one and one still on the road, migrating on records one operation per production,
 * sale, receipt and rejection, with the lots each touched and how.
 */
class CustodyOperationsMigrationPersistenceTest {

    @Test
    void theOperationsRecordedBeforeV15AreBackfilled() throws SQLException {
        var server = TestDatabase.connection();
        var database = "v15_backfill_" + System.nanoTime();
        try (var admin = DriverManager.getConnection(server.url(), server.username(), server.password())) {
            admin.createStatement().execute("create database " + database);
        }
        var base = server.url().split("\\?")[0];
        var url = base.substring(0, base.lastIndexOf('/') + 1) + database;
        var flyway = Flyway.configure().dataSource(url, server.username(), server.password())
                .locations("classpath:db/migration");
        flyway.target("14").load().migrate();
        try (var db = DriverManager.getConnection(url, server.username(), server.password())) {
            var seller = id(db, "insert into organisation (name, type, country) values ('Seller', 'COOPERATIVE', 'UG')");
            var buyer = id(db, "insert into organisation (name, type, country) values ('Buyer', 'EXPORTER', 'UG')");
            var site = id(db, """
                    insert into mine_site (icglr_id, name, country, latitude, longitude, activity_status, mining_type,
                        formalisation_stage, status, status_since, registered_at)
                    values ('UG-1.0000+30.0000-00001', 'Pit', 'UG', -1, 30, 'ACTIVE', 'ARTISANAL', 'LICENSED',
                        'GREEN', current_date, now())""");
            var tag = id(db, "insert into custody_tag (country, number, site_id, batch, status, issued_by, issued_at)"
                    + " values ('UG', 'T-000001', " + site + ", 'T-', 'USED', 'inspector', now())");
            var produced = id(db, "insert into lot (lot_number, custodian_id, creator_role, originating_operation,"
                    + " mineral, mass, unit, mass_kg, remaining_kg, site_id, tag_id, production_date, registered_by,"
                    + " registered_at) values ('UG-2026-0000001', " + seller + ", 'MINER', 'PRODUCTION',"
                    + " 'CASSITERITE', 100, 'KGM', 100, 10, " + site + ", " + tag + ", '2026-11-01', 'operator',"
                    + " now())");
            var bought = id(db, "insert into lot (lot_number, custodian_id, creator_role, originating_operation,"
                    + " mineral, mass, unit, mass_kg, remaining_kg, registered_by, registered_at) values"
                    + " ('UG-2026-0000002', " + buyer + ", 'TRADER', 'PURCHASE', 'CASSITERITE', 59, 'KGM', 59, 59,"
                    + " 'buyer', now())");
            var transfer = "insert into custody_transfer (lot_id, seller_id, buyer_id, mass_sent_kg, sent_on, sent_by,"
                    + " sent_at, status, mass_received_kg, received_on, handled_by, received_lot_id, rejection_reason)"
                    + " values (" + produced + ", " + seller + ", " + buyer + ", ";
            id(db, transfer + "60, '2026-11-02', 'operator', now(), 'RECEIVED', 59, '2026-11-03', 'buyer', " + bought
                    + ", null)");
            id(db, transfer + "20, '2026-11-04', 'operator', now(), 'REJECTED', null, '2026-11-05', 'buyer', null,"
                    + " 'Wet ore')");
            id(db, transfer + "10, '2026-11-06', 'operator', now(), 'SENT', null, null, null, null, null)");
        }

        flyway.target("latest").load().migrate();

        try (var db = DriverManager.getConnection(url, server.username(), server.password())) {
            assertThat(strings(db, """
                    select o.kind || ' ' || o.operation_date || ' ' || l.role || ' ' || lot.lot_number || ' '
                        || l.mass_kg::numeric(10, 0) || coalesce(' ' || o.notes, '')
                    from custody_operation o join custody_operation_lot l on l.operation_id = o.id
                    join lot on lot.id = l.lot_id order by o.operation_date, o.id, l.id""")).containsExactly(
                    "PRODUCTION 2026-11-01 OUTPUT UG-2026-0000001 100",
                    "SALE 2026-11-02 INPUT UG-2026-0000001 60",
                    "RECEIPT 2026-11-03 SUBJECT UG-2026-0000001 60",
                    "RECEIPT 2026-11-03 OUTPUT UG-2026-0000002 59",
                    "SALE 2026-11-04 INPUT UG-2026-0000001 20",
                    "REJECTION 2026-11-05 SUBJECT UG-2026-0000001 20 Wet ore",
                    "SALE 2026-11-06 INPUT UG-2026-0000001 10");
            // The identity goes on after the ids the backfill drew.
            var next = id(db, "insert into custody_operation (kind, organisation_id, operation_date, recorded_by,"
                    + " recorded_at) select 'STORAGE', id, current_date, 'x', now() from organisation limit 1");
            assertThat(next).isGreaterThan(Long.parseLong(strings(db,
                    "select max(id) from custody_operation where kind <> 'STORAGE'").get(0)));
        }
        try (var admin = DriverManager.getConnection(server.url(), server.username(), server.password())) {
            admin.createStatement().execute("drop database " + database);
        }
    }

    private static long id(Connection db, String insert) throws SQLException {
        try (var statement = db.prepareStatement(insert, new String[] {"id"})) {
            statement.executeUpdate();
            var keys = statement.getGeneratedKeys();
            keys.next();
            return keys.getLong(1);
        }
    }

    private static List<String> strings(Connection db, String query) throws SQLException {
        var rows = new ArrayList<String>();
        try (var result = db.createStatement().executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
