package org.orepass.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.account.PasswordHasher;
import org.orepass.account.Role;
import org.orepass.account.UserAccount;
import org.orepass.account.UserAccounts;
import org.orepass.account.UserDetails;
import org.orepass.audit.AuditTrail;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.site.Inspection;
import org.orepass.site.internal.OverrideState;
import org.orepass.site.RedCause;
import org.orepass.site.SiteQueries;
import org.orepass.site.SiteStatus;
import org.orepass.site.StatusChangeReason;
import org.orepass.siteimport.SiteImportStatus;
import org.orepass.siteimport.SiteImports;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 12, "inspections cannot contradict themselves", through every door that records an inspection or sets a
 * status: the inspection form, the second inspector's confirmation on the site page, the ICGLR mine-site API and the
 * bulk import. Each test shows the way round closed, then the lawful way working. Fixture inspectors inspect Uganda.
 */
@PlatformTest
class InspectionFactsIntegrationTest {

    private static final String REASON = "Police post of the district, posted by the provincial commander's order.";
    private static final String JUSTIFICATION = "The armed men were the cooperative's unarmed guards carrying tools.";

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired SiteQueries queries;
    @Autowired AuditTrail audit;
    @Autowired MessageSource messages;
    @Autowired UserAccounts accounts;
    @Autowired OrganisationAdministration organisations;
    @Autowired PasswordHasher hasher;
    @Autowired TransactionTemplate transaction;
    @Autowired TokenIssuing tokens;
    @Autowired JsonMapper json;
    @Autowired SiteImports imports;

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    private static String escaped(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text);
    }

    /** An inspector of another country than the fixtures' Uganda. */
    private SignedInUser inspectorOf(String country) {
        var organisation = fixtures.organisation(OrganisationType.GOVERNMENT_AGENCY);
        var username = AccountFixtures.unique("inspector").toLowerCase(Locale.ROOT);
        var details = new UserDetails(username, "Test " + username, null, organisation.getId(),
                Set.of(Role.INSPECTOR), country, Set.of(), null);
        UserAccount account = transaction.execute(status -> accounts.add(UserAccount.open(details, organisation,
                hasher.hash(AccountFixtures.PASSWORD), false, java.time.Instant.now())));
        return fixtures.signedIn(account);
    }

    private Long newSite(SignedInUser inspector, Long ownerId) throws Exception {
        var request = post("/sites").with(user(inspector)).with(csrf())
                .param("name", AccountFixtures.unique("Kisoro pit")).param("country", "UG").param("division", "UG-W")
                .param("latitude", "-1.2833").param("longitude", "29.6947").param("minerals", "CASSITERITE")
                .param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT");
        if (ownerId != null) {
            request.param("ownerId", String.valueOf(ownerId)).param("nationalId", AccountFixtures.unique("UG-W"));
        }
        var location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
    }

    private long siteVersion(SignedInUser who, Long site) {
        return queries.file(who.actor(), site).site().getVersion();
    }

    /** The inspection form as an inspector opened it just now, nothing ticked. */
    private MockHttpServletRequestBuilder inspection(SignedInUser who, Long site) {
        return inspection(who, site, siteVersion(who, site));
    }

    private MockHttpServletRequestBuilder inspection(SignedInUser who, Long site, long version) {
        return post("/sites/" + site + "/inspections").with(user(who)).with(csrf())
                .param("siteVersion", String.valueOf(version))
                .param("inspectedOn", LocalDate.now().toString()).param("purpose", "Routine RCM inspection")
                .param("inspectors", "Ruth Akello").param("agency", "DGSM").param("workersMen", "30")
                .param("findings", "Everything in order.");
    }

    private SiteQueries.SiteFile file(SignedInUser who, Long site) {
        return queries.file(who.actor(), site);
    }

    private SiteStatus colour(SignedInUser who, Long site) {
        return file(who, site).status();
    }

    private Inspection latest(SignedInUser who, Long site) {
        return file(who, site).inspections().get(0);
    }

    @Test
    void childrenSeenWorkingMakeTheSiteAtLeastYellowWhateverTheBoxesSay() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var site = newSite(inspector, null);
        // The way round: children counted, the child-labour criterion left unticked. The site is yellow anyway.
        mvc.perform(inspection(inspector, site).param("children", "3"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "inspection.saved.YELLOW"));
        assertThat(colour(inspector, site)).isEqualTo(SiteStatus.YELLOW);
        assertThat(latest(inspector, site).getRuleResult()).isEqualTo(SiteStatus.YELLOW);
        // The lawful way: no children seen, nothing breached, green.
        mvc.perform(inspection(inspector, site).param("children", "0")).andExpect(status().is3xxRedirection());
        assertThat(colour(inspector, site)).isEqualTo(SiteStatus.GREEN);
    }

    @Test
    void childrenInHazardousWorkAreAWorstFormAndMakeTheSiteRedForACriticalCriterion() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var site = newSite(inspector, null);
        // Hazardous work without a count contradicts itself: refused next to the count, what was typed stays.
        mvc.perform(inspection(inspector, site).param("childrenInHazardousWork", "true").param("children", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"children-error\"")))
                .andExpect(content().string(containsString(escaped(text("inspection.children.hazardous-uncounted")))));
        mvc.perform(inspection(inspector, site).param("childrenInHazardousWork", "true").param("children", "2"))
                .andExpect(status().is3xxRedirection());
        var file = file(inspector, site);
        assertThat(file.status()).isEqualTo(SiteStatus.RED);
        assertThat(file.site().redCauseOn(LocalDate.now())).contains(RedCause.CRITICAL_CRITERION);
        assertThat(file.inspections().get(0).getObservations().isChildrenInHazardousWork()).isTrue();
        assertThat(file.history().get(0).getReason()).isEqualTo(StatusChangeReason.INSPECTION);
    }

    @Test
    void armsRoadblocksAndArmedGroupTaxesMakeItRedUnlessTheSecurityIsLawfulWithAReason() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var site = newSite(inspector, null);
        // Lawful security without a reason clears nothing: refused by the reason field.
        mvc.perform(inspection(inspector, site).param("armedPresence", "true").param("lawfulStateSecurity", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"lawfulSecurityReason-error\"")));
        assertThat(colour(inspector, site)).isEqualTo(SiteStatus.BLUE);
        // Roadblocks, armed-group criterion unticked: red.
        mvc.perform(inspection(inspector, site).param("roadblocks", "true")).andExpect(status().is3xxRedirection());
        assertThat(colour(inspector, site)).isEqualTo(SiteStatus.RED);
        // Taxation by an armed group is never lawful security.
        mvc.perform(inspection(inspector, site).param("armedPresence", "true").param("armedGroupTaxation", "true")
                .param("lawfulStateSecurity", "true").param("lawfulSecurityReason", REASON))
                .andExpect(status().is3xxRedirection());
        assertThat(colour(inspector, site)).isEqualTo(SiteStatus.RED);
        // The lawful way: the police post of the district, said so with a reason.
        mvc.perform(inspection(inspector, site).param("armedPresence", "true").param("roadblocks", "true")
                .param("lawfulStateSecurity", "true").param("lawfulSecurityReason", REASON))
                .andExpect(status().is3xxRedirection());
        assertThat(colour(inspector, site)).isEqualTo(SiteStatus.GREEN);
        assertThat(latest(inspector, site).getObservations().getLawfulSecurityReason()).isEqualTo(REASON);
        mvc.perform(get("/sites/" + site).with(user(inspector)))
                .andExpect(content().string(containsString(escaped(REASON))));
    }

    @Test
    void aBetterColourThanTheFactsWaitsForASecondInspectorOfTheJurisdiction() throws Exception {
        var first = fixtures.signedIn(Role.INSPECTOR);
        var site = newSite(first, null);
        mvc.perform(inspection(first, site).param("armedPresence", "true").param("result", "GREEN")
                        .param("overrideJustification", "fine"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"overrideJustification-error\"")));
        mvc.perform(inspection(first, site).param("armedPresence", "true").param("result", "GREEN")
                        .param("overrideJustification", JUSTIFICATION))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "inspection.saved.pending"));
        // Until confirmed the site has the facts' colour, a critical red.
        var pending = latest(first, site);
        assertThat(pending.getOverrideState()).isEqualTo(OverrideState.PENDING);
        assertThat(colour(first, site)).isEqualTo(SiteStatus.RED);
        assertThat(file(first, site).site().redCauseOn(LocalDate.now())).contains(RedCause.CRITICAL_CRITERION);
        var confirm = "/sites/" + site + "/inspections/" + pending.getId() + "/confirm";
        var version = String.valueOf(pending.getVersion());

        // The inspector who asked sees it waiting, without the buttons, and cannot confirm it himself.
        mvc.perform(get("/sites/" + site).with(user(first)))
                .andExpect(content().string(containsString(escaped(text("inspection.override.pending.title")))))
                .andExpect(content().string(containsString(escaped(text("inspection.override.pending.own")))))
                .andExpect(content().string(not(containsString("action=\"" + confirm + "\""))));
        mvc.perform(post(confirm).with(user(first)).with(csrf()).param("version", version))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(escaped(text("inspection.override.same-inspector")))));
        // Nor may an inspector of another country, an administrator, an auditor or the operator.
        var rwandan = inspectorOf("RW");
        mvc.perform(get("/sites/" + site).with(user(rwandan)))
                .andExpect(content().string(not(containsString("action=\"" + confirm + "\""))));
        for (var outsider : java.util.List.of(rwandan, fixtures.signedIn(Role.ADMIN), fixtures.signedIn(Role.AUDITOR),
                fixtures.signedIn(Role.OPERATOR), fixtures.signedIn(Role.CSO_MONITOR))) {
            mvc.perform(post(confirm).with(user(outsider)).with(csrf()).param("version", version))
                    .andExpect(status().isForbidden());
        }
        assertThat(colour(first, site)).isEqualTo(SiteStatus.RED);

        // A second inspector of Uganda sees the buttons; a stale version is refused; then the confirmation holds.
        var second = fixtures.signedIn(Role.INSPECTOR);
        mvc.perform(get("/sites/" + site).with(user(second)))
                .andExpect(content().string(containsString("action=\"" + confirm + "\"")));
        mvc.perform(post(confirm).with(user(second)).with(csrf()).param("version", String.valueOf(pending.getVersion() + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(escaped(text("edit.stale")))));
        mvc.perform(post(confirm).with(user(second)).with(csrf()).param("version", version))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "inspection.override.confirmed"));
        var after = file(first, site);
        assertThat(after.status()).isEqualTo(SiteStatus.GREEN);
        assertThat(after.site().getStatusReason()).isEqualTo(StatusChangeReason.OVERRIDE);
        var change = after.history().get(0);
        assertThat(change.getReason()).isEqualTo(StatusChangeReason.OVERRIDE);
        assertThat(change.getToStatus()).isEqualTo(SiteStatus.GREEN);
        assertThat(change.getFromStatus()).isEqualTo(SiteStatus.RED);
        assertThat(change.getRecordedBy()).isEqualTo(second.actor().username());
        assertThat(change.getNote()).isEqualTo(JUSTIFICATION);
        var confirmed = after.inspections().get(0);
        assertThat(confirmed.getOverrideState()).isEqualTo(OverrideState.CONFIRMED);
        assertThat(confirmed.getResult()).isEqualTo(SiteStatus.GREEN);
        assertThat(confirmed.getRuleResult()).isEqualTo(SiteStatus.RED);
        assertThat(audit.historyOf("Inspection", String.valueOf(pending.getId())))
                .anySatisfy(entry -> {
                    assertThat(entry.actor()).isEqualTo(second.actor().username());
                    assertThat(entry.changes()).anySatisfy(field -> {
                        assertThat(field.field()).isEqualTo("overrideState");
                        assertThat(field.newValue()).isEqualTo("CONFIRMED");
                    });
                });
        // Confirmed once: a third inspector finds nothing left to confirm.
        mvc.perform(post(confirm).with(user(fixtures.signedIn(Role.INSPECTOR))).with(csrf())
                        .param("version", String.valueOf(confirmed.getVersion())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(escaped(text("inspection.override.not-pending")))));
    }

    @Test
    void aSecondInspectorMayRefuseWithAReasonAndTheFactsColourStays() throws Exception {
        var first = fixtures.signedIn(Role.INSPECTOR);
        var site = newSite(first, null);
        mvc.perform(inspection(first, site).param("children", "4").param("result", "GREEN")
                .param("overrideJustification", "The children were visiting their parents at lunch time."))
                .andExpect(status().is3xxRedirection());
        var pending = latest(first, site);
        assertThat(colour(first, site)).isEqualTo(SiteStatus.YELLOW);
        var second = fixtures.signedIn(Role.INSPECTOR);
        var refuse = "/sites/" + site + "/inspections/" + pending.getId() + "/refuse";
        mvc.perform(post(refuse).with(user(second)).with(csrf()).param("version", String.valueOf(pending.getVersion())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"refusalReason-error\"")));
        mvc.perform(post(refuse).with(user(second)).with(csrf()).param("version", String.valueOf(pending.getVersion()))
                        .param("refusalReason", "Children were seen carrying ore sacks."))
                .andExpect(status().is3xxRedirection());
        var refused = latest(first, site);
        assertThat(refused.getOverrideState()).isEqualTo(OverrideState.REFUSED);
        assertThat(refused.getOverrideDecidedBy()).isEqualTo(second.actor().username());
        assertThat(colour(first, site)).isEqualTo(SiteStatus.YELLOW);
        mvc.perform(post("/sites/" + site + "/inspections/" + pending.getId() + "/confirm").with(user(second))
                        .with(csrf()).param("version", String.valueOf(refused.getVersion())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(escaped(text("inspection.override.not-pending")))));
        assertThat(colour(first, site)).isEqualTo(SiteStatus.YELLOW);
    }

    @Test
    void aStricterColourNeedsOnlyItsJustificationAndHostileValuesAreRefused() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var site = newSite(inspector, null);
        mvc.perform(inspection(inspector, site).param("armedPresence", "true").param("result", "BLUE")
                        .param("overrideJustification", JUSTIFICATION))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(escaped(text("inspection.result.blue")))));
        mvc.perform(inspection(inspector, site).param("children", "-2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"children-error\"")));
        mvc.perform(inspection(inspector, site).param("lawfulStateSecurity", "true")
                        .param("lawfulSecurityReason", REASON))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(escaped(text("inspection.lawful-security.nothing-seen")))));
        assertThat(colour(inspector, site)).isEqualTo(SiteStatus.BLUE);
        mvc.perform(inspection(inspector, site).param("result", "RED")
                        .param("overrideJustification", "Tags found on bags from another site's pit."))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "inspection.saved.RED"));
        var file = file(inspector, site);
        assertThat(file.status()).isEqualTo(SiteStatus.RED);
        assertThat(file.history().get(0).getReason()).isEqualTo(StatusChangeReason.OVERRIDE);
        assertThat(file.inspections().get(0).getOverrideState()).isNull();
    }

    @Test
    void twoInspectorsAtOnceTheSecondFormIsStale() throws Exception {
        var first = fixtures.signedIn(Role.INSPECTOR);
        var second = fixtures.signedIn(Role.INSPECTOR);
        var site = newSite(first, null);
        var opened = siteVersion(first, site);
        mvc.perform(inspection(first, site, opened).param("armedGroups", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(inspection(second, site, opened))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(escaped(text("edit.stale")))))
                .andExpect(content().string(containsString("Everything in order.")));
        assertThat(colour(first, site)).isEqualTo(SiteStatus.RED);
        mvc.perform(get("/sites/" + site + "/inspections/new").with(user(second)))
                .andExpect(content().string(containsString("name=\"siteVersion\" value=\"" + siteVersion(first, site) + "\"")));
        mvc.perform(inspection(second, site)).andExpect(status().is3xxRedirection());
        assertThat(colour(first, site)).isEqualTo(SiteStatus.GREEN);
    }

    // --- other doors ---------------------------------------------------------------------------------------

    private Organisation owner() {
        return organisations.register(new OrganisationDetails(AccountFixtures.unique("Kisoro Coop"),
                OrganisationType.COOPERATIVE, "UG", "UG-W", AccountFixtures.unique("TIN"), "Kisoro town",
                "Grace Tumusiime", "grace@kisoro-coop.org", "+256 772 123 456"));
    }

    private String token(SignedInUser who) {
        return "Bearer " + tokens.issue(who.actor().username(), "test").value();
    }

    @Test
    void theIcglrApiNeitherCreatesNorChangesInspectionsOrStatusChanges() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var token = token(inspector);
        var site = newSite(inspector, owner().getId());
        var icglrId = file(inspector, site).site().getIcglrId().value();
        var api = "/api/icglr/v1/mine-sites/" + icglrId;
        mvc.perform(inspection(inspector, site).param("armedPresence", "true")).andExpect(status().is3xxRedirection());

        var read = mvc.perform(get(api).header("Authorization", token).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse();
        var document = (ObjectNode) json.readTree(read.getContentAsString());
        assertThat(document.path("certificationStatus").asInt()).isEqualTo(SiteStatus.RED.icglrCode());
        var etag = read.getHeader("ETag");

        // A green inspection added to the document, or a status change rewritten to green: refused, nothing changes.
        var addedInspection = document.deepCopy();
        addedInspection.withArray("inspection").addObject().put("inspectionId", "RA-" + LocalDate.now() + "-0")
                .put("inspectionDate", LocalDate.now().toString()).put("inspectionResult", 1)
                .put("inspectorName", "Ruth Akello").put("inspectorPosition", "Inspector")
                .put("governmentAgency", "DGSM");
        var rewritten = document.deepCopy();
        ((ObjectNode) rewritten.withArray("statusChange").get(rewritten.withArray("statusChange").size() - 1))
                .put("newStatus", 1);
        for (var hostile : java.util.List.of(addedInspection, rewritten)) {
            mvc.perform(put(api).header("Authorization", token).header("If-Match", etag)
                            .contentType(MediaType.APPLICATION_JSON).content(hostile.toString()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("recorded by an inspector")));
        }
        assertThat(colour(inspector, site)).isEqualTo(SiteStatus.RED);

        // A new site carrying inspections is refused too.
        var created = document.deepCopy();
        created.remove("icglrId");
        created.put("nationalId", AccountFixtures.unique("UG-W"));
        created.put("certificationStatus", 0);
        mvc.perform(post("/api/icglr/v1/mine-sites").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(created.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("\"field\":\"inspection\"")));

        // The lawful way: the document sent back as read, with a changed activity status, is accepted.
        document.put("activityStatus", 2);
        mvc.perform(put(api).header("Authorization", token).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content(document.toString()))
                .andExpect(status().isOk());
        assertThat(colour(inspector, site)).isEqualTo(SiteStatus.RED);
    }

    @Test
    void theBulkImportCannotSetAStatusOrRecordAnInspection() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var name = AccountFixtures.unique("Imported green pit");
        var csv = "name,country,latitude,longitude,minerals,formalisationStage,licenceType,status,inspectionResult\r\n"
                + name + ",UG,-1.2833,29.6947,CASSITERITE,LICENSED,ARTISANAL_PERMIT,GREEN,GREEN\r\n";
        var location = mvc.perform(multipart("/sites/import")
                        .file(new MockMultipartFile("file", "sites.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(user(inspector)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        var deadline = System.nanoTime() + 60_000_000_000L;
        while (!imports.findById(id).orElseThrow().getStatus().isFinished() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(imports.findById(id).orElseThrow().getStatus()).isEqualTo(SiteImportStatus.FAILED);
        assertThat(imports.report(id)).extracting(line -> line.column() + " " + line.messageKey())
                .contains("status siteimport.column.unknown", "inspectionResult siteimport.column.unknown");
        mvc.perform(get("/sites").param("q", name).with(user(inspector)))
                .andExpect(content().string(not(containsString(name + "</a>"))));
    }
}
