package org.orepass.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static OrganisationDetails details(String name, String country, String division) {
        return new OrganisationDetails(name, OrganisationType.TRADER, country, division, " ", null, null, null, null);
    }

    @ParameterizedTest
    @CsvSource({
        "'', UG, , name, validation.required",
        "Traders, XX, , country, validation.country",
        "Traders, UG, CD-NK, division, validation.division",
        "Traders, UG, UGW, division, validation.division"})
    void refusesWhatIsNotAnOrganisation(String name, String country, String division, String field, String key) {
        assertThatThrownBy(() -> Organisation.register(details(name, country, division), NOW))
                .extracting("field", "messageKey").containsExactly(field, key);
    }

    @Test
    void keepsCleanValues() {
        var organisation = Organisation.register(details("  Great Lakes Traders ", "RW", "RW-05"), NOW);
        assertThat(organisation.getName()).isEqualTo("Great Lakes Traders");
        assertThat(organisation.getTaxId()).isNull();
        assertThat(organisation.isActive()).isTrue();
        organisation.deactivate(NOW);
        assertThat(organisation.isActive()).isFalse();
    }
}
