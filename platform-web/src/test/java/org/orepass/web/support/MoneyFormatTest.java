package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 23: money as the reader writes it, with the currency's own digits and the code where the language puts it. */
class MoneyFormatTest {

    private static String money(String amount, String currency, String language) {
        return Quantities.money(new BigDecimal(amount), currency, Locale.forLanguageTag(language));
    }

    @Test
    void theCodeGoesWhereTheLanguagePutsItWithTheReadersDigitGroups() {
        assertThat(money("1000.00", "UGX", "en")).isEqualTo("UGX\u00a01,000");
        assertThat(money("1000.00", "UGX", "sw")).isEqualTo("UGX\u00a01,000");
        assertThat(money("1000.00", "UGX", "fr")).isEqualTo("1\u00a0000\u00a0UGX");
        assertThat(money("1000.00", "UGX", "es")).isEqualTo("1.000\u00a0UGX");
    }

    @Test
    void eachCurrencyKeepsItsOwnDigitsAndAnAmountItsCents() {
        assertThat(money("1000", "KES", "en")).isEqualTo("KES\u00a01,000.00");
        assertThat(money("1000.5", "USD", "fr")).isEqualTo("1\u00a0000,50\u00a0USD");
        assertThat(money("6000000", "RWF", "en")).isEqualTo("RWF\u00a06,000,000");
        // A service charge computed to the cent in a currency without cents is shown exactly, not rounded away.
        assertThat(money("1234.56", "UGX", "en")).isEqualTo("UGX\u00a01,234.56");
        assertThat(money("1234.50", "UGX", "en")).isEqualTo("UGX\u00a01,234.50");
        assertThat(money("0", "UGX", "en")).isEqualTo("UGX\u00a00");
    }

    @Test
    void withoutACurrencyTheNumberAlone() {
        assertThat(money("2500", null, "en")).isEqualTo("2,500.00");
    }
}
