package org.orepass.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationType;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Registering, viewing and inspecting sites through the pages, with role, jurisdiction and validation. */
@PlatformTest
class SiteIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    /** Inspectors from the fixtures inspect Uganda. */
    private MockHttpServletRequestBuilder register(SignedInUser who, String name, String latitude, Long ownerId) {
        var request = post("/sites").with(user(who)).with(csrf())
                .param("name", name).param("country", "UG").param("division", "UG-W")
                .param("locality", "Kisoro").param("latitude", latitude).param("longitude", "29.6947")
                .param("minerals", "CASSITERITE").param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT")
                .param("licenceNumber", "AP-" + System.nanoTime()).param("workersMen", "40")
                .param("workersWomen", "12").param("capacity[CASSITERITE]", "1500");
        if (ownerId != null) {
            request.param("ownerId", String.valueOf(ownerId));
        }
        return request;
    }

    private String siteUrl(SignedInUser inspector, String name, Long ownerId) throws Exception {
        var location = mvc.perform(register(inspector, name, "-1.2833", ownerId))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/sites/\\d+");
        return location;
    }

    @Test
    void anInspectorRegistersASiteThatStartsBlueWithAnIcglrId() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var name = AccountFixtures.unique("Kisoro tin pit");
        var url = siteUrl(inspector, name, null);
        mvc.perform(get(url).with(user(inspector)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("status-blue")))
                .andExpect(content().string(containsString("UG--1.2833+29.6947-")));
        mvc.perform(get("/sites").param("q", name).param("status", "BLUE").with(user(inspector)))
                .andExpect(content().string(containsString(name + "</a>")));
        mvc.perform(get("/sites").param("q", name).param("status", "GREEN").with(user(inspector)))
                .andExpect(content().string(not(containsString(name + "</a>"))));
    }

    @Test
    void badCoordinatesAreExplainedAndAPointOutsideTheCountryMustBeConfirmed() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        mvc.perform(register(inspector, "Far away", "95", null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"latitude-error\"")))
                .andExpect(content().string(containsString("value=\"95\"")));
        // -5.2833 instead of -1.2833: a typo that puts the site in Tanzania, outside Uganda's box.
        mvc.perform(register(inspector, "Typo site", "-5.2833", null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"locationConfirmed")))
                .andExpect(content().string(containsString("outside UG")));
        mvc.perform(register(inspector, AccountFixtures.unique("Confirmed site"), "-5.2833", null)
                        .param("locationConfirmed", "true"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aMistypedCapacityIsShownNextToItsFieldAsTyped() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        mvc.perform(register(inspector, "Capacity typo", "-1.2833", null).param("capacity[GOLD]", "12,5 kg"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"capacity[GOLD]-error\"")))
                .andExpect(content().string(containsString("value=\"12,5 kg\"")))
                .andExpect(content().string(containsString("href=\"#capacity[GOLD]\"")));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "fr", "es", "sw"})
    void errorsComeInEachOfTheFourLanguages(String language) throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var page = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .cookie(new Cookie("ORE_PASS_LANG", language))
                        .param("name", "Site").param("country", "UG").param("latitude", "abc")
                        .param("longitude", "29.6947").param("minerals", "").param("formalisationStage", "LICENSED")
                        .param("licenceType", "UNLICENSED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"" + language + "\"")))
                .andExpect(content().string(containsString("value=\"abc\"")))
                .andReturn().getResponse().getContentAsString();
        var error = org.jsoup.Jsoup.parse(page).getElementById("latitude-error");
        assertThat(error).as("message by the latitude field").isNotNull();
        // The field's own message, with an example, not "not in the expected format" (issue 16).
        assertThat(error.text()).contains(messages.getMessage("field.siteForm.latitude", null,
                java.util.Locale.forLanguageTag(language))).contains("-1.9641");
    }

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void onlyInspectorsOfTheJurisdictionRegisterAndInspect() throws Exception {
        var operator = fixtures.signedIn(Role.OPERATOR);
        mvc.perform(register(operator, "Not mine to register", "-1.2833", null)).andExpect(status().isForbidden());
        var admin = fixtures.signedIn(Role.ADMIN);
        var url = siteUrl(admin, AccountFixtures.unique("Admin-registered"), null);
        // An administrator may register anywhere but does not inspect.
        mvc.perform(get(url + "/inspections/new").with(user(admin))).andExpect(status().isForbidden());
    }

    @Test
    void operatorsSeeTheirOwnSitesOnly() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var operatorAccount = fixtures.user(Role.OPERATOR);
        var operator = SignedInUser.of(operatorAccount, false).withoutPassword();
        var own = siteUrl(inspector, AccountFixtures.unique("Own pit"), operatorAccount.getOrganisation().getId());
        var other = siteUrl(inspector, AccountFixtures.unique("Other pit"),
                fixtures.organisation(OrganisationType.COOPERATIVE).getId());
        mvc.perform(get(own).with(user(operator))).andExpect(status().isOk());
        mvc.perform(get(other).with(user(operator)).accept("text/html")).andExpect(status().isNotFound());
    }

    @Test
    void editingASiteOnItsFormKeepsItsOperators() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var operatorOrganisation = fixtures.organisation(OrganisationType.MINE_OPERATOR);
        var url = siteUrl(inspector, AccountFixtures.unique("Operated pit"), null);
        var id = Long.valueOf(url.substring(url.lastIndexOf('/') + 1));
        var site = queries.file(inspector.actor(), id).site();
        var withOperator = SiteForm.of(site).toDetails().withOperatorIds(java.util.Set.of(operatorOrganisation.getId()));
        registration.edit(inspector.actor(), id, site.getVersion(), withOperator);
        var version = queries.file(inspector.actor(), id).site().getVersion();
        mvc.perform(post(url + "/edit").with(user(inspector)).with(csrf()).param("version", String.valueOf(version))
                        .param("name", "Operated pit renamed").param("country", "UG").param("division", "UG-W")
                        .param("latitude", "-1.2833").param("longitude", "29.6947").param("minerals", "CASSITERITE")
                        .param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                        .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT"))
                .andExpect(status().is3xxRedirection());
        var edited = queries.file(inspector.actor(), id).site();
        assertThat(edited.getName()).isEqualTo("Operated pit renamed");
        assertThat(edited.getOperators()).extracting(org.orepass.organisation.Organisation::getId)
                .as("the form has no operators field; the site keeps its operators")
                .containsExactly(operatorOrganisation.getId());
    }

    @Autowired
    org.orepass.site.SiteQueries queries;

    @Autowired
    org.orepass.site.SiteRegistration registration;

    @Test
    void aCriticalFindingTurnsTheSiteRedAndAnOverrideNeedsAJustification() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var url = siteUrl(inspector, AccountFixtures.unique("Pit under armed control"), null);
        var inspection = post(url + "/inspections").with(user(inspector)).with(csrf())
                .param("inspectedOn", LocalDate.now().toString()).param("purpose", "Routine RCM inspection")
                .param("inspectors", "Ruth Akello").param("agency", "DGSM").param("armedGroups", "true")
                .param("workersMen", "30").param("armedPresence", "true")
                .param("actions[0].description", "Inform the provincial security committee")
                .param("actions[0].deadline", LocalDate.now().plusDays(10).toString());
        mvc.perform(inspection.param("result", "GREEN").param("overrideJustification", "looks fine"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"overrideJustification-error\"")));
        mvc.perform(post(url + "/inspections").with(user(inspector)).with(csrf())
                        .param("inspectedOn", LocalDate.now().toString()).param("purpose", "Routine RCM inspection")
                        .param("inspectors", "Ruth Akello").param("agency", "DGSM").param("armedGroups", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(url).with(user(inspector)))
                .andExpect(content().string(containsString("status-large status-red")))
                .andExpect(content().string(containsString("Inspection result")));
    }

    @Test
    void theFilteredListExportsAsCsvAndGeoJson() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var name = AccountFixtures.unique("Export, \"quoted\" pit");
        siteUrl(inspector, name, null);
        var csv = mvc.perform(get("/sites/export.csv").param("q", name).with(user(inspector)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        var lines = csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("\uFEFFicglrId,");
        assertThat(lines[1]).contains("\"" + name.replace("\"", "\"\"") + "\"").contains(",BLUE,0,2609.00.00,");

        var geo = mvc.perform(get("/sites/export.geojson").param("q", name).with(user(inspector)))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var json = new tools.jackson.databind.ObjectMapper().readTree(geo);
        assertThat(json.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(json.get("features")).hasSize(1);
        var feature = json.get("features").get(0);
        assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(29.6947);
        assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(-1.2833);
        assertThat(feature.get("properties").get("name").asString()).isEqualTo(name);

        // An operator exports only what it may see: nothing of other organisations.
        var operator = fixtures.signedIn(Role.OPERATOR);
        var none = mvc.perform(get("/sites/export.csv").param("q", name).with(user(operator)))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(none.split("\r\n")).hasSize(1);
    }
}
