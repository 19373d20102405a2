package org.orepass.web.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.orepass.web.export.ExportFixtures;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Issuing an export certificate records the export's taxes in the same transaction, paid by the exporter. */
@PlatformTest
class ExportTaxIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aCertifiedExportOwesTheExportTaxOnItsDeclaredValue() throws Exception {
        var today = LocalDate.now(clock);
        // Schedules are national: use the Ugandan cassiterite export tax valid today, or set one up.
        var rates = jdbc.queryForList("select rate from tax_schedule where country = 'UG' and mineral = 'CASSITERITE'"
                + " and tax_type = 'EXPORT_TAX' and valid_from <= ? and (valid_to is null or valid_to >= ?)",
                BigDecimal.class, today, today);
        var rate = rates.isEmpty() ? new BigDecimal("3") : rates.get(0);
        if (rates.isEmpty()) {
            jdbc.update("insert into tax_schedule (country, mineral, tax_type, rate, currency, tax_authority, valid_from)"
                    + " values ('UG', 'CASSITERITE', 'EXPORT_TAX', ?, 'USD', 'Uganda Revenue Authority', ?)",
                    rate, today.minusYears(1));
        }

        var certified = new ExportFixtures(mvc, fixtures, jdbc, clock).certified(true);

        var shipment = jdbc.queryForMap("select declared_value, currency from export_shipment where id = ?",
                certified.shipmentId());
        var tax = jdbc.queryForMap("select amount, currency, payer_id, reference, status from tax_due"
                + " where source_kind = 'EXPORT' and source_id = ? and tax_type = 'EXPORT_TAX'", certified.shipmentId());
        var expected = ((BigDecimal) shipment.get("declared_value")).multiply(rate).movePointLeft(2)
                .setScale(2, RoundingMode.HALF_UP);
        assertThat((BigDecimal) tax.get("amount")).isEqualByComparingTo(expected);
        assertThat(tax.get("currency")).isEqualTo(shipment.get("currency"));
        assertThat(tax.get("payer_id")).isEqualTo(certified.exporter().organisationId());
        assertThat(tax.get("reference")).isEqualTo(certified.serialNumber());
        assertThat(tax.get("status")).isEqualTo("DUE");
    }
}
