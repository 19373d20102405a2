package org.orepass.persistence.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.orepass.persistence.testing.TestDatabase;

/**
 * V33 puts every grade on its mineral's basis: on a fresh database migrated to the version before it, with lots of
 * three minerals, one with a grade of 0 % (what the old forms let stand for "unknown"), migrating on makes that grade
 * unknown, generates each grade's basis from the mineral and refuses a grade of 0 from then on.
 */
class GradeMigrationPersistenceTest {

    @Test
    void gradesGetTheirMineralsBasisAndZeroBecomesUnknown() throws SQLException {
        var server = TestDatabase.connection();
        var database = "v33_grade_" + System.nanoTime();
        try (var admin = DriverManager.getConnection(server.url(), server.username(), server.password())) {
            admin.createStatement().execute("create database " + database);
        }
        var base = server.url().split("\\?")[0];
        var url = base.substring(0, base.lastIndexOf('/') + 1) + database;
        var flyway = Flyway.configure().dataSource(url, server.username(), server.password())
                .locations("classpath:db/migration");
        // The last migration before V33, whichever it is once other features' migrations land.
        var before = java.util.Arrays.stream(flyway.load().info().all())
                .map(m -> m.getVersion()).filter(v -> v != null && v.isNewerThan("0") && !v.isAtLeast("33"))
                .max(org.flywaydb.core.api.MigrationVersion::compareTo).orElseThrow();
        flyway.target(before).load().migrate();
        try (var db = DriverManager.getConnection(url, server.username(), server.password())) {
            var trader = id(db, "insert into organisation (name, type, country) values ('Trader', 'TRADER', 'UG')");
            lot(db, trader, "UG-2026-0000001", "CASSITERITE", "0");
            lot(db, trader, "UG-2026-0000002", "COLTAN", "35.5");
            lot(db, trader, "UG-2026-0000003", "GOLD", "null");
            lot(db, trader, "UG-2026-0000004", "CASSITERITE", "68");
        }

        flyway.target("latest").load().migrate();

        try (var db = DriverManager.getConnection(url, server.username(), server.password())) {
            assertThat(strings(db, "select lot_number || ' ' || coalesce(concentration::text, '-') || ' '"
                    + " || coalesce(grade_basis, '-') || ' ' || metal_gain from lot order by lot_number"))
                    .containsExactly("UG-2026-0000001 - - false", "UG-2026-0000002 35.500 TA2O5 false",
                            "UG-2026-0000003 - - false", "UG-2026-0000004 68.000 SNO2 false");
            var trader = id(db, "select id from organisation where name = 'Trader'");
            assertThatThrownBy(() -> lot(db, trader, "UG-2026-0000005", "WOLFRAMITE", "0"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("lot_concentration_positive");
            lot(db, trader, "UG-2026-0000006", "WOLFRAMITE", "61");
            assertThat(strings(db, "select grade_basis from lot where lot_number = 'UG-2026-0000006'"))
                    .containsExactly("WO3");
        }
    }

    private static void lot(Connection db, long custodian, String number, String mineral, String concentration)
            throws SQLException {
        id(db, "insert into lot (lot_number, custodian_id, creator_role, originating_operation, mineral, mass, unit,"
                + " mass_kg, remaining_kg, concentration, registered_by, registered_at) values ('" + number + "', "
                + custodian + ", 'TRADER', 'PURCHASE', '" + mineral + "', 10, 'KGM', 10, 10, " + concentration
                + ", 'trader', now())");
    }

    private static long id(Connection db, String statement) throws SQLException {
        try (var result = db.createStatement().executeQuery(statement.startsWith("select") ? statement
                : statement + " returning id")) {
            result.next();
            return result.getLong(1);
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
