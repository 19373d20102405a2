package org.orepass.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** What stops a certificate for taxes, and how the refusal names each unpaid tax. */
class TaxClearanceTest {

    private static ShipmentTax tax(long id, ShipmentTax.Source source, String reference, String type, String amount,
            String paid) {
        var receipts = new BigDecimal(paid).signum() == 0 ? List.<ShipmentTax.Receipt>of()
                : List.of(new ShipmentTax.Receipt("R-" + id, new BigDecimal(paid), "USD", LocalDate.of(2026, 3, 1)));
        return new ShipmentTax(id, source, id, reference, type, new BigDecimal(amount), new BigDecimal(paid), "USD",
                "URA", receipts);
    }

    @Test
    void onlyWhatIsStillOwedBlocksAndOnlyWhereTheCountryRequiresIt() {
        var paid = tax(1, ShipmentTax.Source.EXPORT, "UG-1", "EXPORT_TAX", "138.00", "138.00");
        var half = tax(2, ShipmentTax.Source.PRODUCTION_LOT, "UG-2", "ROYALTY", "250.00", "100.00");
        var never = new TaxClearance.NeverAssessed(3, "UG-3");

        var required = new TaxClearance(true, List.of(paid, half), List.of(never));
        assertThat(required.unpaid()).containsExactly(half);
        assertThat(half.outstanding()).isEqualByComparingTo("150.00");
        assertThat(required.blocks()).isTrue();
        assertThat(required.withReceipts()).containsExactly(paid, half);

        assertThat(new TaxClearance(false, List.of(paid, half), List.of()).blocks()).isFalse();
        // A lot never assessed is shown, not owed: no retroactive tax.
        assertThat(new TaxClearance(true, List.of(paid), List.of(never)).blocks()).isFalse();
        assertThat(new TaxClearance(true, List.of(), List.of(never)).blocks()).isFalse();
    }

    @Test
    void theRefusalNamesEachUnpaidTaxInOrderInTheReadersLanguage() {
        var messages = new StaticMessageSource();
        messages.addMessage("certificate.taxes.unpaid", Locale.ENGLISH, "Unpaid: {0}.");
        messages.addMessage("certificate.taxes.unpaid.line", Locale.ENGLISH, "{0} on {1} {2}: {3} {4}");
        messages.addMessage("certificate.taxes.unpaid.more", Locale.ENGLISH, "{0}; {1}");
        messages.addMessage("tax.type.EXPORT_TAX", Locale.ENGLISH, "Export tax");
        messages.addMessage("tax.type.ROYALTY", Locale.ENGLISH, "Royalty");
        messages.addMessage("tax.source.EXPORT", Locale.ENGLISH, "export");
        messages.addMessage("tax.source.PRODUCTION_LOT", Locale.ENGLISH, "lot");
        var list = ExportTaxClearance.unpaidList(List.of(
                tax(1, ShipmentTax.Source.EXPORT, "UG-1", "EXPORT_TAX", "138.00", "0"),
                tax(2, ShipmentTax.Source.PRODUCTION_LOT, "UG-2", "ROYALTY", "250.00", "100.00"),
                tax(3, ShipmentTax.Source.PRODUCTION_LOT, "UG-3", "ROYALTY", "10.50", "0")));

        assertThat(messages.getMessage("certificate.taxes.unpaid", new Object[] {list}, Locale.ENGLISH))
                .isEqualTo("Unpaid: Export tax on export UG-1: 138.00 USD; Royalty on lot UG-2: 150.00 USD;"
                        + " Royalty on lot UG-3: 10.50 USD.");
    }
}
