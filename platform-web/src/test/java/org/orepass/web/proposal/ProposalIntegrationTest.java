package org.orepass.web.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Operators propose changes to their own sites; inspectors of the jurisdiction see the changed fields, approve
 * or reject with a reason; a proposal never overwrites a site that changed after it was reviewed.
 */
@PlatformTest
class ProposalIntegrationTest {

    private static final Pattern PROPOSAL_URL = Pattern.compile("/sites/proposals/(\\d+)");
    private static final Pattern REVIEWED_VERSION = Pattern.compile("name=\"reviewedVersion\" value=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * The fields of a site as the site form posts them, with {@code changes} (name, value, ...) in place of the
     * defaults; fixtures' inspectors inspect Uganda.
     */
    private static MockHttpServletRequestBuilder siteForm(MockHttpServletRequestBuilder request, String name,
            Long ownerId, String... changes) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", name);
        fields.put("country", "UG");
        fields.put("division", "UG-W");
        fields.put("locality", "Kisoro");
        fields.put("latitude", "-1.2833");
        fields.put("longitude", "29.6947");
        fields.put("minerals", "CASSITERITE");
        fields.put("activityStatus", "ACTIVE");
        fields.put("miningType", "ARTISANAL");
        fields.put("formalisationStage", "LICENSED");
        fields.put("licenceType", "ARTISANAL_PERMIT");
        fields.put("licenceNumber", "AP-77");
        fields.put("workersMen", "40");
        fields.put("workersWomen", "12");
        fields.put("capacity[CASSITERITE]", "1500");
        fields.put("ownerId", String.valueOf(ownerId));
        fields.put("version", "0");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        request.with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private record Setting(SignedInUser inspector, SignedInUser operator, Long operatorOrganisation, String site,
            String name) {
    }

    /** An inspector registers a site owned by a fresh operator's organisation. */
    private Setting setting() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var operatorAccount = fixtures.user(Role.OPERATOR);
        var organisation = operatorAccount.getOrganisation().getId();
        var name = AccountFixtures.unique("Nyabihu tin pit");
        var site = mvc.perform(siteForm(post("/sites").with(user(inspector)), name, organisation))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return new Setting(inspector, SignedInUser.of(operatorAccount, false).withoutPassword(), organisation, site,
                name);
    }

    /** The operator proposes 55 men working and another locality; returns the proposal's URL. */
    private String propose(Setting s) throws Exception {
        var location = mvc.perform(siteForm(post(s.site() + "/proposals").with(user(s.operator())), s.name(),
                        s.operatorOrganisation(), "workersMen", "55", "locality", "Nyarusiza"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches(PROPOSAL_URL);
        return location;
    }

    private String reviewedVersion(SignedInUser inspector, String proposal) throws Exception {
        var page = mvc.perform(get(proposal).with(user(inspector))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        var matcher = REVIEWED_VERSION.matcher(page);
        assertThat(matcher.find()).as("approve form on the review page").isTrue();
        return matcher.group(1);
    }

    @Test
    void anOperatorProposesAndAnInspectorSeesTheChangedFieldsThenApproves() throws Exception {
        var s = setting();
        mvc.perform(get(s.site()).with(user(s.operator())))
                .andExpect(content().string(containsString(s.site() + "/proposals/new")));
        mvc.perform(get(s.site() + "/proposals/new").with(user(s.operator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"" + s.site() + "/proposals\"")))
                .andExpect(content().string(containsString("value=\"Kisoro\"")))
                .andExpect(content().string(containsString("Submit the proposal")));
        var proposal = propose(s);

        mvc.perform(get(s.site()).with(user(s.inspector())))
                .andExpect(content().string(containsString("Proposals waiting for a decision: 1")))
                .andExpect(content().string(containsString("href=\"" + proposal + "\"")));
        mvc.perform(get("/sites/proposals").with(user(s.inspector())))
                .andExpect(content().string(containsString(s.name())));
        mvc.perform(get(proposal).with(user(s.inspector())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"change-workersMen\"")))
                .andExpect(content().string(containsString("<td>40</td>")))
                .andExpect(content().string(containsString("<strong>55</strong>")))
                .andExpect(content().string(containsString("id=\"change-locality\"")))
                // Changed fields only.
                .andExpect(content().string(not(containsString("id=\"change-name\""))))
                .andExpect(content().string(not(containsString("id=\"change-workersWomen\""))));
        // The site does not change before an inspector decides.
        mvc.perform(get(s.site()).with(user(s.inspector())))
                .andExpect(content().string(not(containsString("Nyarusiza"))));

        mvc.perform(post(proposal + "/approve").with(user(s.inspector())).with(csrf())
                        .param("reviewedVersion", reviewedVersion(s.inspector(), proposal)))
                .andExpect(redirectedUrl(s.site()));
        mvc.perform(get(s.site()).with(user(s.inspector())))
                .andExpect(content().string(containsString("Nyarusiza")))
                .andExpect(content().string(containsString("<dd>55</dd>")))
                .andExpect(content().string(not(containsString("Proposals waiting for a decision"))));
        mvc.perform(get("/sites/proposals").with(user(s.operator())))
                .andExpect(content().string(containsString(s.name())))
                .andExpect(content().string(containsString("Approved")));
        var id = Long.valueOf(proposal.substring(proposal.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'SiteChangeProposal'"
                + " and entity_id = ? order by id", String.class, String.valueOf(id)))
                .as("created, then approved").hasSize(2);
    }

    @Test
    void aRejectionNeedsAReasonThatTheOperatorSees() throws Exception {
        var s = setting();
        var proposal = propose(s);
        mvc.perform(post(proposal + "/reject").with(user(s.inspector())).with(csrf()).param("reason", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reason-error\"")))
                .andExpect(content().string(containsString("Give the reason for the rejection")));
        mvc.perform(post(proposal + "/reject").with(user(s.inspector())).with(csrf())
                        .param("reason", "The workforce count disagrees with the last inspection."))
                .andExpect(redirectedUrl(proposal));
        mvc.perform(get(proposal).with(user(s.operator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rejected")))
                .andExpect(content().string(containsString("The workforce count disagrees")))
                .andExpect(content().string(not(containsString("reviewedVersion"))));
        // Decided once: a late approval changes nothing.
        mvc.perform(post(proposal + "/approve").with(user(s.inspector())).with(csrf()).param("reviewedVersion", "0"))
                .andExpect(flash().attribute("flashError", "proposal.decided"));
        mvc.perform(get(s.site()).with(user(s.inspector())))
                .andExpect(content().string(not(containsString("Nyarusiza"))));
    }

    @Test
    void anApprovalAfterTheSiteChangedIsRefusedUntilReviewedAgain() throws Exception {
        var s = setting();
        var proposal = propose(s);
        var seen = reviewedVersion(s.inspector(), proposal);
        // Meanwhile an inspector renames the site.
        var renamed = s.name() + " renamed";
        mvc.perform(siteForm(post(s.site() + "/edit").with(user(s.inspector())), renamed, s.operatorOrganisation()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post(proposal + "/approve").with(user(s.inspector())).with(csrf()).param("reviewedVersion", seen))
                .andExpect(redirectedUrl(proposal))
                .andExpect(flash().attribute("flashError", "proposal.stale"));
        mvc.perform(get(s.site()).with(user(s.inspector())))
                .andExpect(content().string(not(containsString("Nyarusiza"))));
        // The review now compares with the site as it is, and says so.
        mvc.perform(get(proposal).with(user(s.inspector())))
                .andExpect(content().string(containsString("The site has changed since this proposal was made")))
                .andExpect(content().string(containsString("<th scope=\"col\">Now</th>")));

        // Reviewed against the site as it is now: approval applies the proposed fields and keeps the new name.
        var again = reviewedVersion(s.inspector(), proposal);
        assertThat(again).isNotEqualTo(seen);
        mvc.perform(post(proposal + "/approve").with(user(s.inspector())).with(csrf()).param("reviewedVersion", again))
                .andExpect(redirectedUrl(s.site()));
        mvc.perform(get(s.site()).with(user(s.inspector())))
                .andExpect(content().string(containsString("Nyarusiza")))
                .andExpect(content().string(containsString(renamed)));
    }

    @Test
    void onlyAnOperatorOfTheSiteProposesAndOnlyItsInspectorsDecide() throws Exception {
        var s = setting();
        var otherOperator = fixtures.signedIn(Role.OPERATOR);
        var cso = fixtures.signedIn(Role.CSO_MONITOR);
        // Another organisation's operator may not even learn that the site exists.
        mvc.perform(get(s.site() + "/proposals/new").with(user(otherOperator))).andExpect(status().isNotFound());
        mvc.perform(siteForm(post(s.site() + "/proposals").with(user(otherOperator)), "Hijack", s.operatorOrganisation())).andExpect(status().isNotFound());
        // A CSO monitor sees the site but proposes nothing; nor does an inspector, who edits directly.
        mvc.perform(get(s.site() + "/proposals/new").with(user(cso))).andExpect(status().isForbidden());
        mvc.perform(siteForm(post(s.site() + "/proposals").with(user(cso)), "By a CSO", s.operatorOrganisation())).andExpect(status().isForbidden());
        mvc.perform(get(s.site() + "/proposals/new").with(user(s.inspector()))).andExpect(status().isForbidden());
        mvc.perform(get(s.site()).with(user(cso)))
                .andExpect(content().string(not(containsString("/proposals/new"))));

        var proposal = propose(s);
        mvc.perform(get(proposal).with(user(otherOperator))).andExpect(status().isNotFound());
        mvc.perform(get(proposal).with(user(cso))).andExpect(status().isForbidden());
        mvc.perform(post(proposal + "/approve").with(user(cso)).with(csrf()).param("reviewedVersion", "0"))
                .andExpect(status().isForbidden());
        // The proposing operator follows its proposal but does not decide it.
        mvc.perform(get(proposal).with(user(s.operator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Waiting for review")))
                .andExpect(content().string(not(containsString("reviewedVersion"))));
        mvc.perform(post(proposal + "/approve").with(user(s.operator())).with(csrf()).param("reviewedVersion", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post(proposal + "/reject").with(user(s.operator())).with(csrf()).param("reason", "mine"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sites/proposals").with(user(cso))).andExpect(status().isForbidden());
        // Operators of other organisations do not see it in their list.
        mvc.perform(get("/sites/proposals").with(user(otherOperator)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(s.name()))));
    }

    @Test
    void anInvalidProposalIsRefusedWithTheMessageByTheField() throws Exception {
        var s = setting();
        mvc.perform(siteForm(post(s.site() + "/proposals").with(user(s.operator())), "", s.operatorOrganisation(),
                        "latitude", "95"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("id=\"latitude-error\"")))
                .andExpect(content().string(containsString("value=\"95\"")))
                .andExpect(content().string(containsString("class=\"error-summary\"")));
        // Rules of the domain, not only of the form: a licence cannot expire before it was granted.
        mvc.perform(siteForm(post(s.site() + "/proposals").with(user(s.operator())), s.name(),
                                s.operatorOrganisation(), "licenceGrantedOn", "2024-05-01", "licenceExpiresOn",
                                "2023-05-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"licenceExpiresOn-error\"")));
        // Nothing changed: nothing to review.
        mvc.perform(siteForm(post(s.site() + "/proposals").with(user(s.operator())), s.name(),
                                s.operatorOrganisation())
                        .cookie(new Cookie("ORE_PASS_LANG", "fr")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rien n’a été modifié")));
        mvc.perform(get("/sites/proposals").with(user(s.inspector())))
                .andExpect(content().string(not(containsString(s.name()))));
    }
}
