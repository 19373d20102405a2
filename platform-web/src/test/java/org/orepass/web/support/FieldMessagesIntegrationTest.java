package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Errors that name the field and say what to type (issue 16) on the forms beyond the six main ones: organisation,
 * user, tax schedule, risk assessment and EU threshold. An empty or unreadable field reads as its own message with
 * an example in the reader's language, never the generic "Enter a value" or "not in the expected format".
 */
@PlatformTest
class FieldMessagesIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired MessageSource messages;

    private Document submit(MockHttpServletRequestBuilder request, SignedInUser who, String language)
            throws Exception {
        var html = mvc.perform(request.with(user(who)).with(csrf()).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private String text(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }

    private void assertNamesTheField(Document page, String language, String form, String... fields) {
        for (var field : fields) {
            assertThat(page.select("[id=" + field + "-error]").text()).as(field)
                    .contains(text("field." + form + "." + field, language));
            assertThat(page.select(".error-summary a[href=#" + field + "]")).as("%s once in the summary", field)
                    .hasSize(1);
        }
        assertThat(page.text()).doesNotContain(text("validation.required", language))
                .doesNotContain(text("typeMismatch", language));
    }

    @Test
    void anEmptyOrganisationFormNamesEachFieldWithAnExampleInFrench() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var page = submit(post("/admin/organisations").param("name", " ").param("type", "").param("country", "")
                .param("taxId", "TIN-42"), admin, "fr");

        assertNamesTheField(page, "fr", "organisationForm", "name", "type", "country");
        assertThat(page.select("[id=name-error]").text()).contains("par exemple");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsSubsequence("#name", "#type",
                "#country");
        assertThat(page.select("#taxId").attr("value")).as("what was typed is kept").isEqualTo("TIN-42");
    }

    @Test
    void anEmptyUserFormNamesEachFieldInSwahili() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var page = submit(post("/admin/users").param("username", "").param("fullName", "").param("roles",
                "OPERATOR"), admin, "sw");

        assertNamesTheField(page, "sw", "userForm", "username", "fullName", "organisationId");
        assertThat(page.select("[id=fullName-error]").text()).contains("kwa mfano");
    }

    @Test
    void aTaxScheduleWithAnUnreadableRateAndEmptyFieldsSaysWhatToTypeInSpanish() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var page = submit(post("/admin/tax-schedules").param("country", "").param("rate", "three")
                .param("currency", "").param("validFrom", "next year"), admin, "es");

        assertNamesTheField(page, "es", "taxScheduleForm", "country", "mineral", "taxType", "rate", "currency",
                "validFrom");
        assertThat(page.select("[id=rate-error]").text()).contains("3.5");
        assertThat(page.select("#rate").attr("value")).isEqualTo("three");
    }

    @Test
    void riskFormsNameTheirFieldsWithAnExample() throws Exception {
        var operator = fixtures.signedIn(Role.OPERATOR);
        var page = submit(post("/risk/assessments").param("subjectKind", ""), operator, "fr");
        assertNamesTheField(page, "fr", "startForm", "subjectKind");

        var admin = fixtures.signedIn(Role.ADMIN);
        page = submit(post("/admin/eu-thresholds").param("cnCode", "2609 00 00").param("description", "")
                .param("thresholdKg", "").param("source", ""), admin, "sw");
        assertNamesTheField(page, "sw", "euThresholdForm", "description", "thresholdKg", "source");
        assertThat(page.select("[id=thresholdKg-error]").text()).contains("5000");
    }
}
