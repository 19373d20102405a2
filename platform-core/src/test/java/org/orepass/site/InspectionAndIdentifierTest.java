package org.orepass.site;

import org.orepass.site.internal.CountryBounds;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InspectionAndIdentifierTest {

    /** MineSiteIdFormat from the ICGLR standard's common.json. */
    private static final Pattern ICGLR_ID =
            Pattern.compile("^[A-Z]{2}-[+-]?[0-9]+\\.[0-9]{4}[+-][0-9]+\\.[0-9]{4}-[0-9]+$");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "'false,false,false,false,false,false,false,false', GREEN",
        "'false,false,false,true,false,false,false,false', YELLOW",
        "'false,false,false,false,false,false,false,true', YELLOW",
        "'true,false,false,false,false,false,false,false', RED",
        "'false,false,true,true,true,true,true,true', RED",
        "'false,true,false,false,false,false,false,false', RED"})
    void theChecklistGivesTheStatus(String breaches, SiteStatus expected) {
        var b = java.util.Arrays.stream(breaches.split(",")).map(Boolean::parseBoolean).toList();
        var checklist = new InspectionChecklist(b.get(0), b.get(1), b.get(2), b.get(3), b.get(4), b.get(5), b.get(6),
                b.get(7));
        assertThat(checklist.result()).isEqualTo(expected);
    }

    @Test
    void identifiersCarrySignedCoordinatesAndMatchTheStandardsPattern() {
        var rwanda = IcglrId.mint("RW", new BigDecimal("-1.96412"), new BigDecimal("30.06188"), 1);
        assertThat(rwanda.value()).isEqualTo("RW--1.9641+30.0619-00001").matches(ICGLR_ID);
        var uganda = IcglrId.mint("UG", new BigDecimal("0.3476"), new BigDecimal("32.5825"), 12345);
        assertThat(uganda.value()).isEqualTo("UG-+0.3476+32.5825-12345").matches(ICGLR_ID);
        var colombia = IcglrId.mint("CO", new BigDecimal("5.6919"), new BigDecimal("-76.6583"), 7);
        assertThat(colombia.value()).isEqualTo("CO-+5.6919-76.6583-00007").matches(ICGLR_ID);
    }

    @Test
    void pointsOutsideTheirCountryAreImplausible() {
        assertThat(CountryBounds.plausible("RW", new BigDecimal("-1.9641"), new BigDecimal("30.0619"))).isTrue();
        // Minus sign dropped: north of Rwanda's border.
        assertThat(CountryBounds.plausible("RW", new BigDecimal("1.9641"), new BigDecimal("30.0619"))).isFalse();
        // Latitude and longitude swapped.
        assertThat(CountryBounds.plausible("UG", new BigDecimal("32.58"), new BigDecimal("0.34"))).isFalse();
        // No box known: no warning.
        assertThat(CountryBounds.plausible("FR", new BigDecimal("48.85"), new BigDecimal("2.35"))).isTrue();
    }
}
