package org.orepass.geography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DivisionsTest {

    @Test
    void everyListedDivisionIsADivisionOfItsCountry() {
        for (var country : Countries.PROGRAMME_COUNTRIES) {
            for (var division : Divisions.of(country)) {
                assertThat(Countries.isDivisionOf(division.code(), country)).as(division.code()).isTrue();
                assertThat(division.name()).isNotBlank();
            }
        }
    }

    @Test
    void theProgrammeCountriesHaveTheirDivisions() {
        assertThat(Divisions.of("CD")).hasSize(26).contains(new Divisions.Division("CD-SK", "Sud-Kivu"));
        assertThat(Divisions.of("UG")).hasSize(4);
        assertThat(Divisions.of("RW")).hasSize(5);
        assertThat(Divisions.of("KE")).hasSize(47).contains(new Divisions.Division("KE-11", "Kakamega"));
        assertThat(Divisions.of("ZW")).hasSize(10);
        assertThat(Divisions.of("CO")).hasSize(33).contains(new Divisions.Division("CO-CHO", "Chocó"));
        assertThat(Divisions.of("ID")).isEmpty();
        assertThat(Divisions.of("XX")).isEmpty();
    }
}
