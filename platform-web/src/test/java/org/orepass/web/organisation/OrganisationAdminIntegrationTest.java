package org.orepass.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.audit.AuditAction;
import org.orepass.audit.AuditTrail;
import org.orepass.organisation.OrganisationSearch;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.shared.PageQuery;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PlatformTest
class OrganisationAdminIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    Organisations organisations;

    @Autowired
    AuditTrail auditTrail;

    SignedInUser admin;

    @BeforeEach
    void signIn() {
        admin = fixtures.signedIn(Role.ADMIN);
    }

    private MockHttpServletRequestBuilder register(String name) {
        return post("/admin/organisations").with(user(admin)).with(csrf())
                .param("name", name).param("type", "COOPERATIVE").param("country", "UG")
                .param("division", "UG-W").param("taxId", "1000099999").param("version", "0");
    }

    @Test
    void registersAnOrganisationAndRecordsItInTheAuditTrail() throws Exception {
        var name = AccountFixtures.unique("Bufumbira Tin Cooperative");
        mvc.perform(register(name)).andExpect(redirectedUrlPattern("/admin/organisations/*"));

        var saved = organisations.search(new OrganisationSearch(name, null, null, null), PageQuery.first()).items();
        assertThat(saved).singleElement().satisfies(o -> {
            assertThat(o.getType()).isEqualTo(OrganisationType.COOPERATIVE);
            assertThat(o.getDivision()).isEqualTo("UG-W");
        });
        var history = auditTrail.historyOf("Organisation", String.valueOf(saved.get(0).getId()));
        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
            assertThat(entry.actor()).isEqualTo(admin.username());
            assertThat(entry.changes()).anySatisfy(change -> {
                assertThat(change.field()).isEqualTo("name");
                assertThat(change.newValue()).isEqualTo(name);
            });
        });
    }

    @Test
    void badInputIsShownNextToTheFieldWithWhatWasTypedKept() throws Exception {
        mvc.perform(post("/admin/organisations").with(user(admin)).with(csrf())
                        .param("name", "Typed name kept").param("type", "TRADER").param("country", "UG")
                        .param("division", "KE30").param("contactEmail", "not-an-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#division\"")))
                .andExpect(content().string(containsString("id=\"contactEmail-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"contactEmail-error\"")))
                .andExpect(content().string(containsString("value=\"Typed name kept\"")))
                .andExpect(content().string(containsString("value=\"not-an-email\"")))
                .andExpect(content().string(containsString("value=\"KE30\"")));
        // Once the format is right, the division must also belong to the chosen country.
        mvc.perform(post("/admin/organisations").with(user(admin)).with(csrf())
                        .param("name", "Typed name kept").param("type", "TRADER").param("country", "UG")
                        .param("division", "KE-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"division-error\"")))
                .andExpect(content().string(containsString("ISO 3166-2 division of UG")));
    }

    @Test
    void errorsComeInTheUsersLanguage() throws Exception {
        var expected = java.util.Map.of(
                "fr", "Saisissez une adresse e-mail",
                "es", "correo",
                "sw", "barua pepe",
                "en", "Enter an e-mail address");
        for (var language : expected.entrySet()) {
            mvc.perform(post("/admin/organisations").with(user(admin)).with(csrf())
                            .cookie(new Cookie("ORE_PASS_LANG", language.getKey()))
                            .param("name", "x").param("type", "TRADER").param("country", "UG")
                            .param("contactEmail", "not-an-email"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("lang=\"" + language.getKey() + "\"")))
                    .andExpect(content().string(containsString(language.getValue())));
        }
    }

    @Test
    void aDuplicateNameInTheSameCountryIsRefused() throws Exception {
        var name = AccountFixtures.unique("Kivu Traders");
        mvc.perform(register(name)).andExpect(status().is3xxRedirection());
        mvc.perform(register(name.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already registered in this country")));
    }

    @Test
    void aStaleEditIsRefusedAndKeepsWhatTheUserTyped() throws Exception {
        var organisation = fixtures.organisation(OrganisationType.TRADER);
        var base = post("/admin/organisations/" + organisation.getId()).with(user(admin)).with(csrf())
                .param("type", "TRADER").param("country", "UG").param("version", "0");
        mvc.perform(base.param("name", organisation.getName() + " first"))
                .andExpect(status().is3xxRedirection());
        // A second admin saves with the version they opened (0) after the first one saved.
        mvc.perform(post("/admin/organisations/" + organisation.getId()).with(user(admin)).with(csrf())
                        .param("type", "TRADER").param("country", "UG").param("version", "0")
                        .param("name", "Second edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record")))
                .andExpect(content().string(containsString("value=\"Second edit\"")));
        assertThat(organisations.findById(organisation.getId()).orElseThrow().getName())
                .isEqualTo(organisation.getName() + " first");
    }

    @Test
    void editsAreAuditedFieldByField() throws Exception {
        var organisation = fixtures.organisation(OrganisationType.EXPORTER);
        mvc.perform(post("/admin/organisations/" + organisation.getId()).with(user(admin)).with(csrf())
                        .param("name", organisation.getName()).param("type", "EXPORTER").param("country", "UG")
                        .param("division", "UG-W").param("taxId", "NEW-TAX-ID").param("address", "Kisoro")
                        .param("version", String.valueOf(organisation.getVersion())))
                .andExpect(status().is3xxRedirection());
        var update = auditTrail.historyOf("Organisation", String.valueOf(organisation.getId())).get(0);
        assertThat(update.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(update.changes()).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("taxId");
            assertThat(change.oldValue()).isEqualTo("TIN-1");
            assertThat(change.newValue()).isEqualTo("NEW-TAX-ID");
        });
        assertThat(update.changes()).noneSatisfy(change -> assertThat(change.field()).isEqualTo("name"));
    }

    @Test
    void deactivationHidesFromPickersAndShowsOnTheList() throws Exception {
        var organisation = fixtures.organisation(OrganisationType.PROCESSOR);
        mvc.perform(post("/admin/organisations/" + organisation.getId() + "/active").with(user(admin)).with(csrf())
                        .param("version", String.valueOf(organisation.getVersion())).param("active", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(organisations.allActive()).noneMatch(o -> o.getId().equals(organisation.getId()));
        mvc.perform(get("/admin/organisations").param("q", organisation.getName()).param("active", "false")
                        .with(user(admin)))
                .andExpect(content().string(containsString(organisation.getName() + "</a>")));
        mvc.perform(get("/admin/organisations").param("q", organisation.getName()).param("active", "true")
                        .with(user(admin)))
                .andExpect(content().string(not(containsString(organisation.getName() + "</a>"))));
    }

    @Test
    void unknownOrganisationIsA404PageInTheLayout() throws Exception {
        mvc.perform(get("/admin/organisations/987654321").with(user(admin)).accept("text/html"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
        mvc.perform(get("/admin/organisations/not-a-number").with(user(admin)).accept("text/html"))
                .andExpect(status().isNotFound());
    }

    @Test
    void searchTreatsPercentAndUnderscoreAsPlainCharacters() throws Exception {
        var name = AccountFixtures.unique("Traders_100% Kivu");
        mvc.perform(register(name)).andExpect(status().is3xxRedirection());
        var page = mvc.perform(get("/admin/organisations").param("q", "_100%").with(user(admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(name + "</a>");
        var none = mvc.perform(get("/admin/organisations").param("q", "x_y%z").with(user(admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(none).doesNotContain(name + "</a>");
    }

    @Test
    void theFormHoldsEachFieldOnce() throws Exception {
        var page = mvc.perform(get("/admin/organisations/new").with(user(admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("id=\"name\"", -1)).hasSize(2);
        assertThat(page).doesNotContain("type=\"search\"").doesNotContain("type=\"checkbox\"");
    }
}
