package org.orepass.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aPastEventRunsFrom1990ToTomorrow() {
        assertThat(Dates.requirePast("occurredOn", LocalDate.of(1990, 1, 1), TODAY)).isEqualTo("1990-01-01");
        assertThat(Dates.requirePast("occurredOn", TODAY.plusDays(1), TODAY)).isEqualTo(TODAY.plusDays(1));
        assertThat(Dates.requirePast("occurredOn", null, TODAY)).isNull();
        assertThatThrownBy(() -> Dates.requirePast("occurredOn", LocalDate.of(1989, 12, 31), TODAY))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refused -> {
                    assertThat(refused.field()).isEqualTo("occurredOn");
                    assertThat(refused.messageKey()).isEqualTo("date.range");
                    assertThat(refused.arguments()).containsExactly("1990-01-01", "2026-12-08");
                });
        assertThatThrownBy(() -> Dates.requirePast("occurredOn", TODAY.plusDays(2), TODAY))
                .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> Dates.requirePast("occurredOn", LocalDate.MIN, TODAY))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void aYearMustBeWithinItsBounds() {
        assertThat(Dates.requireYear("year", 2000, 2000, 2026)).isEqualTo(2000);
        assertThatThrownBy(() -> Dates.requireYear("year", 1999, 2000, 2026))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("date.year.range"));
        assertThatThrownBy(() -> Dates.requireYear("year", 2027, 2000, 2026)).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void storedDatesOutsideAnyMeaningAreNotPlausible() {
        assertThat(Dates.isPlausible(LocalDate.of(1, 1, 1))).isFalse();
        assertThat(Dates.isPlausible(LocalDate.of(9999, 12, 31))).isFalse();
        assertThat(Dates.isPlausible(LocalDate.of(2021, 3, 10))).isTrue();
    }
}
