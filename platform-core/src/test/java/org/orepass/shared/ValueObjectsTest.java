package org.orepass.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import org.junit.jupiter.api.Test;

/** Each value object checks itself once: what it accepts, what it refuses and with which message key. */
class ValueObjectsTest {

    @Test
    void aMassIsKeptToTheGramAndRefusesWhatNoLotWeighs() {
        assertThat(Mass.kg("12.5").kilograms()).isEqualByComparingTo("12.500").extracting(BigDecimal::scale)
                .isEqualTo(3);
        assertThat(Mass.typed("mass", null, true)).isNull();
        assertThat(Mass.typed("mass", BigDecimal.ZERO, false)).isEqualTo(Mass.ZERO);
        assertRefused(() -> Mass.typed("mass", BigDecimal.ZERO, true), "mass", "mass.positive");
        assertRefused(() -> Mass.typed("mass", new BigDecimal("-0.001"), false), "mass", "mass.negative");
        assertRefused(() -> Mass.typed("mass", new BigDecimal("1e999999999"), true), "mass", "mass.too-large");
        assertRefused(() -> Mass.typed("mass", new BigDecimal("1.0001"), true), "mass", "mass.scale");
        assertThat(Mass.typed("mass", new BigDecimal("1.2500"), true)).isEqualTo(Mass.kg("1.25"));
        assertThatThrownBy(() -> Mass.kg("5").minus(Mass.kg("6"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Mass.kg("5").plus(Mass.kg("0.25"))).hasToString("5.25");
    }

    @Property(tries = 200)
    void everyAcceptedMassFitsTheNarrowestMassColumn(
            @ForAll @BigRange(min = "0", max = "10000000000") BigDecimal kilograms) {
        var rounded = kilograms.setScale(3, java.math.RoundingMode.HALF_UP);
        var mass = Mass.typed("mass", rounded, false);
        // numeric(14, 3): at most 11 digits before the point.
        assertThat(mass.kilograms().precision() - mass.kilograms().scale()).isLessThanOrEqualTo(11);
        assertThat(mass.kilograms().scale()).isEqualTo(3);
    }

    @Test
    void aPercentageIsFromZeroToAHundred() {
        assertThat(Percentage.typed("grade", new BigDecimal("65")).toString()).isEqualTo("65");
        assertRefused(() -> Percentage.typed("grade", new BigDecimal("100.001")), "grade", "percentage.range");
        assertRefused(() -> Percentage.typed("grade", new BigDecimal("-1")), "grade", "percentage.range");
        assertRefused(() -> Percentage.typed("grade", new BigDecimal("1.0005")), "grade", "percentage.scale");
        assertThat(Percentage.of("2.5").of(Mass.kg("1000"))).isEqualTo(Mass.kg("25"));
    }

    @Test
    void moneyNeedsAnIsoCurrencyAndStaysInIt() {
        assertThat(Money.typed("amount", new BigDecimal("10.5"), "currency", " usd ")).isEqualTo(Money.of("10.50",
                "USD"));
        assertRefused(() -> Money.typed("amount", BigDecimal.TEN, "currency", "NaN"), "currency", "money.currency");
        assertRefused(() -> Money.typed("amount", BigDecimal.TEN, "currency", "XYZ"), "currency", "money.currency");
        assertRefused(() -> Money.typed("amount", new BigDecimal("-1"), "currency", "UGX"), "amount",
                "money.negative");
        assertRefused(() -> Money.typed("amount", new BigDecimal("1e20"), "currency", "UGX"), "amount",
                "money.too-large");
        assertRefused(() -> Money.typed("amount", new BigDecimal("0.001"), "currency", "USD"), "amount",
                "money.scale");
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "UGX")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of("1", "USD").plus(Money.of("2.5", "USD"))).isEqualTo(Money.of("3.5", "USD"));
    }

    @Test
    void aCountryIsAnIsoCodeAndKnowsTheIcglr() {
        assertThat(CountryCode.typed("country", " ug ")).isEqualTo(CountryCode.of("UG"));
        assertThat(CountryCode.of("UG").isIcglrMember()).isTrue();
        assertThat(CountryCode.of("CO").isIcglrMember()).isFalse();
        assertThat(CountryCode.of("CD").displayName(Locale.FRENCH)).isEqualTo("Congo-Kinshasa");
        assertRefused(() -> CountryCode.typed("country", "XX"), "country", "country.unknown");
        assertThatThrownBy(() -> CountryCode.of("ug")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLotNumberIsMintedOrKeptAsSentWithoutControlCharacters() {
        assertThat(LotNumber.mint(CountryCode.of("RW"), 2026, 42)).hasToString("RW-2026-0000042");
        assertThat(LotNumber.typed("lot", "  cd-lot 7 ")).hasToString("cd-lot 7");
        assertRefused(() -> LotNumber.typed("lot", "A\u0000B"), "lot", "lot.number.format");
        assertRefused(() -> LotNumber.typed("lot", "X".repeat(41)), "lot", "lot.number.format");
        assertThat(LotNumber.typed("lot", "X".repeat(40)).value()).hasSize(40);
    }

    private static void assertRefused(Runnable typing, String field, String key) {
        assertThatThrownBy(typing::run).isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.messageKey()).isEqualTo(key);
        });
    }
}
