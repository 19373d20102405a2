package org.orepass.web.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationType;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Producers through the pages: a cooperative with a profile, self-assessments, verdicts. */
class ProducerFixtures {

    private final MockMvc mvc;
    private final AccountFixtures fixtures;
    private final JdbcTemplate jdbc;

    ProducerFixtures(MockMvc mvc, AccountFixtures fixtures, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    /** An operator of a new cooperative in Uganda (UG-W). */
    SignedInUser cooperativeOperator() {
        var cooperative = fixtures.organisation(OrganisationType.COOPERATIVE);
        return fixtures.memberOf(cooperative.getId(), Role.OPERATOR);
    }

    /** A monitor of a new CSO, accredited by an administrator through the page when {@code accredited}. */
    SignedInUser csoMonitor(boolean accredited) throws Exception {
        var cso = fixtures.organisation(OrganisationType.CSO);
        if (accredited) {
            mvc.perform(post("/producers/accreditations").with(user(fixtures.signedIn(Role.ADMIN))).with(csrf())
                    .param("organisationId", String.valueOf(cso.getId())).param("scheme", "CRAFT pilot"))
                    .andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForObject("select count(*) from cso_accreditation where organisation_id = ?",
                    Long.class, cso.getId())).isOne();
        }
        return fixtures.memberOf(cso.getId(), Role.CSO_MONITOR);
    }

    /** The operator's organisation's profile (members and leaders by sex), its id. */
    long profile(SignedInUser operator, boolean passportPublic) throws Exception {
        var location = mvc.perform(post("/producers").with(user(operator)).with(csrf())
                        .param("organisationId", String.valueOf(operator.organisationId()))
                        .param("membersMen", "30").param("membersWomen", "20").param("boardMen", "3")
                        .param("boardWomen", "2").param("committeeMen", "4").param("committeeWomen", "4")
                        .param("formalisationStage", "LICENSED").param("licences", "AP-1 (2025)")
                        .param("passportPublic", String.valueOf(passportPublic)).param("_passportPublic", "on"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/producers/".length()));
    }

    /** The sample set's criterion of this code. */
    long criterion(String code) {
        return jdbc.queryForObject("""
                select c.id from criterion c join criteria_set s on s.id = c.set_id
                where s.code = 'CRAFT-SAMPLE' and c.code = ?""", Long.class, code);
    }

    /** A self-assessment: every criterion MET except those given. Returns the assessment's id. */
    long assess(SignedInUser who, long producerId, LocalDate on, Map<String, String> except) throws Exception {
        var request = post("/producers/" + producerId + "/assessments").with(user(who)).with(csrf())
                .param("assessedOn", on.toString());
        for (var code : jdbc.queryForList("""
                select c.code from criterion c join criteria_set s on s.id = c.set_id
                where s.code = 'CRAFT-SAMPLE'""", String.class)) {
            request.param("levels[" + criterion(code) + "]", except.getOrDefault(code, "MET"));
        }
        var location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long answer(long assessmentId, String code) {
        return jdbc.queryForObject("select id from producer_answer where assessment_id = ? and criterion_id = ?",
                Long.class, assessmentId, criterion(code));
    }

    ResultActions verdict(SignedInUser verifier, long producerId, long answerId, String verdict, String reason)
            throws Exception {
        var request = post("/producers/" + producerId + "/answers/" + answerId + "/verification").with(user(verifier))
                .with(csrf()).param("verdict", verdict);
        if (reason != null) {
            request.param("reason", reason);
        }
        return mvc.perform(request);
    }

    void agree(SignedInUser verifier, long producerId, long answerId) throws Exception {
        verdict(verifier, producerId, answerId, "AGREE", null).andExpect(status().is3xxRedirection());
    }

    // Land rehabilitation through the pages: a commitment, a progress record, a verifier's verdict on it.

    long rehabilitation(SignedInUser who, long producer, long site, String area) throws Exception {
        mvc.perform(post("/producers/" + producer + "/rehabilitation").with(user(who)).with(csrf())
                .param("siteId", String.valueOf(site)).param("areaHa", area)
                .param("description", "Backfill the pits and replant").param("works", "BACKFILLING")
                .param("source", "LICENCE_CONDITION").param("sourceReference", "Permit condition 7")
                .param("dueOn", LocalDate.now().plusYears(1).toString()))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select max(id) from producer_rehabilitation where producer_id = ?", Long.class,
                producer);
    }

    long rehabilitationProgress(SignedInUser who, long producer, long commitment, String area, LocalDate on)
            throws Exception {
        mvc.perform(multipart("/producers/" + producer + "/rehabilitation/" + commitment + "/progress")
                .param("measuredOn", on.toString()).param("rehabilitatedHa", area).param("note", "Measured")
                .with(user(who)).with(csrf())).andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select max(id) from producer_rehabilitation_progress where rehabilitation_id = ?",
                Long.class, commitment);
    }

    void rehabilitationVerdict(SignedInUser who, long producer, long commitment, long record, String verdict)
            throws Exception {
        var request = post("/producers/" + producer + "/rehabilitation/" + commitment + "/records/" + record
                + "/verification").with(user(who)).with(csrf()).param("verdict", verdict);
        if (!verdict.equals("AGREE")) {
            request.param("reason", "Show us the photos of the replanted area");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }
}
