package org.orepass.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.orepass.shared.DomainRuleViolation;

class IcglrIdTest {

    @Test
    void anIdIsParsedInAnyCaseWithTheQueryStringsSpacePutBack() {
        assertThat(IcglrId.parse(" rw--1.9641+30.0619-00001 ")).contains(new IcglrId("RW--1.9641+30.0619-00001"));
        assertThat(IcglrId.parse("UG-+0.3476 32.5825-00012")).contains(new IcglrId("UG-+0.3476+32.5825-00012"));
        assertThat(IcglrId.parse("RW-1.9641+30.0619-1")).isPresent();
        assertThat(IcglrId.parse("RW-1.96+30.0619-1")).isEmpty();
        assertThat(IcglrId.parse("not an id")).isEmpty();
        assertThat(IcglrId.parse(null)).isEmpty();
        assertThat(IcglrId.parse("RW-+1.9641+30.0619-" + "1".repeat(30))).as("longer than the column").isEmpty();
    }

    @Test
    void aTypedIdThatIsNotOneIsRefusedOnItsField() {
        assertThat(IcglrId.typed("icglrId", " ")).isNull();
        assertThatThrownBy(() -> IcglrId.typed("icglrId", "RW-1-2"))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refused -> {
                    assertThat(refused.field()).isEqualTo("icglrId");
                    assertThat(refused.messageKey()).isEqualTo("icglr.id.format");
                });
        assertThatThrownBy(() -> new IcglrId("rw--1.9641+30.0619-00001")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSequenceIsOneThePlatformCouldHaveMinted() {
        assertThat(new IcglrId("RW--1.9641+30.0619-00042").sequence()).hasValue(42);
        assertThat(new IcglrId("RW--1.9641+30.0619-0").sequence()).isEmpty();
        assertThat(new IcglrId("RW--1.9641+30.0619-123456").sequence()).isEmpty();
        assertThat(new IcglrId("RW--1.9641+30.0619-00042").country()).isEqualTo("RW");
    }

    @Test
    void anIdSaysItsCountryAndLocationAndAnUnsignedLatitudeSaysEitherSign() {
        var lat = new BigDecimal("-1.96412");
        var lon = new BigDecimal("30.06188");
        assertThat(IcglrId.mint("RW", lat, lon, 1).says("RW", lat, lon)).isTrue();
        assertThat(new IcglrId("RW-1.9641+30.0619-00001").says("RW", lat, lon)).isTrue();
        assertThat(new IcglrId("RW-1.9641+30.0619-00001").says("RW", lat.negate(), lon)).isTrue();
        assertThat(new IcglrId("RW-+1.9641+30.0619-00001").says("RW", lat, lon)).isFalse();
        assertThat(new IcglrId("RW--1.9641+30.0619-00001").says("UG", lat, lon)).isFalse();
        assertThat(new IcglrId("RW--1.9641+30.0620-00001").says("RW", lat, lon)).isFalse();
    }

    @Test
    void mintingRefusesASequenceTheFiveDigitsCannotHold() {
        assertThatThrownBy(() -> IcglrId.mint("RW", BigDecimal.ONE, BigDecimal.ONE, 100_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IcglrId.mint("RW", BigDecimal.ONE, BigDecimal.ONE, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
