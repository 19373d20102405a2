package org.orepass.web.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.orepass.web.export.ExportFixtures;
import org.orepass.web.export.ExportTaxSchedules;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Submitting an export shipment records the export's taxes in the same transaction, paid by the exporter, before
 * any inspector decides (issue 12: they must be paid before the certificate, so they exist from submission on).
 */
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
    void aSubmittedExportOwesTheExportTaxOnItsDeclaredValue() throws Exception {
        var rate = new ExportTaxSchedules(jdbc, clock).exportTaxRate();

        var exports = new ExportFixtures(mvc, fixtures, jdbc, clock);
        var submitted = exports.submitted(true, ExportTaxSchedules.MINERAL);

        var shipment = jdbc.queryForMap("select declared_value, currency from export_shipment where id = ?",
                submitted.shipmentId());
        var tax = jdbc.queryForMap("select amount, currency, payer_id, reference, status, due_on from tax_due"
                + " where source_kind = 'EXPORT' and source_id = ? and tax_type = 'EXPORT_TAX'",
                submitted.shipmentId());
        var expected = ((BigDecimal) shipment.get("declared_value")).multiply(rate).movePointLeft(2)
                .setScale(2, RoundingMode.HALF_UP);
        assertThat((BigDecimal) tax.get("amount")).isEqualByComparingTo(expected);
        assertThat(tax.get("currency")).isEqualTo(shipment.get("currency"));
        assertThat(tax.get("payer_id")).isEqualTo(submitted.exporter().organisationId());
        // No certificate yet: the tax is known by the export lot's number, due from the day of submission.
        assertThat(tax.get("reference")).isEqualTo(submitted.exportLotNumber());
        assertThat(tax.get("due_on").toString()).isEqualTo(LocalDate.now(clock).toString());
        assertThat(tax.get("status")).isEqualTo("DUE");
        assertThat(jdbc.queryForObject("select count(*) from export_certificate where shipment_id = ?", Long.class,
                submitted.shipmentId())).isZero();
    }
}
