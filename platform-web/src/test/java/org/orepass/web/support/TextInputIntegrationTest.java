package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Control characters never reach the database, and no text longer than its column does either (issue 15). */
@PlatformTest
class TextInputIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    OrganisationAdministration administration;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFormFieldWithNulAndEscapeIsStoredWithoutThem() throws Exception {
        var name = AccountFixtures.unique("Kisoro Tin");
        mvc.perform(post("/admin/organisations").with(user(fixtures.signedIn(Role.ADMIN))).with(csrf())
                .param("name", name.replace(" ", " \u0000\u001b")).param("type", "COOPERATIVE")
                .param("country", "UG").param("division", "UG-W").param("version", "0")
                .param("address", "Plot 4\r\nKisoro\u0007")).andExpect(status().is3xxRedirection());

        var stored = jdbc.queryForMap("select name, address from organisation where name = ?", name);
        assertThat(stored.get("address")).isEqualTo("Plot 4\r\nKisoro");
    }

    @Test
    void aTextLongerThanItsColumnIsRefusedOnItsFieldWhateverTheDoor() {
        var before = jdbc.queryForObject("select count(*) from organisation", Long.class);
        // The use case directly, as the APIs and imports call it: no form's @Size in the way.
        assertThatThrownBy(() -> administration.register(new OrganisationDetails(AccountFixtures.unique("Long"),
                OrganisationType.COOPERATIVE, "UG", "UG-W", "T".repeat(61), null, null, null, null)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refused -> {
                    assertThat(refused.field()).isEqualTo("taxId");
                    assertThat(refused.messageKey()).isEqualTo("text.too-long");
                    assertThat(refused.arguments()).containsExactly(60);
                });
        assertThat(jdbc.queryForObject("select count(*) from organisation", Long.class)).isEqualTo(before);
        // Characters, not bytes: 60 letters of a non-Latin script fit a varchar(60).
        var saved = administration.register(new OrganisationDetails(AccountFixtures.unique("Short"),
                OrganisationType.COOPERATIVE, "UG", "UG-W", "金".repeat(60), null, null, null, null));
        assertThat(saved.getTaxId()).hasSize(60);
    }
}
