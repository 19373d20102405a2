package org.orepass.web.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Evidence on risk assessments: stored and served back byte for byte to the assessor and to auditors, a file that
 * is not a PDF, JPEG or PNG refused by the field with nothing stored, other organisations kept out, the upload in
 * the audit trail.
 */
@PlatformTest
class RiskEvidenceIntegrationTest {

    /** A PDF with a byte that is not text, so a download that re-encodes it would not be identical. */
    private static final byte[] PDF = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private long assessment(SignedInUser exporter) throws Exception {
        var supplier = fixtures.signedIn(Role.OPERATOR);
        return new RiskFixtures(mvc, fixtures, jdbc).assessSupplier(exporter, supplier.organisationId());
    }

    private ResultActions upload(SignedInUser who, long id, String name, byte[] bytes, String risk, Locale locale)
            throws Exception {
        var request = multipart("/risk/assessments/" + id + "/evidence")
                .file(new MockMultipartFile("file", name, "application/pdf", bytes)).with(user(who)).with(csrf())
                .locale(locale);
        if (risk != null) {
            request.param("risk", risk);
        }
        return mvc.perform(request);
    }

    private int stored(long id) {
        return jdbc.queryForObject("select count(*) from risk_evidence where assessment_id = ?", Integer.class, id);
    }

    @Test
    void theAssessorUploadsAPdfForARiskAndGetsItBackByteForByte() throws Exception {
        var exporter = fixtures.signedIn(Role.EXPORTER);
        long id = assessment(exporter);

        upload(exporter, id, "C:\\reports\\site \"visit\".pdf", PDF, "NON_STATE_ARMED_GROUPS", Locale.ENGLISH)
                .andExpect(status().is3xxRedirection());

        var row = jdbc.queryForMap("select id, file_name, content_type, size_bytes, sha256, annex_ii_risk, uploaded_by"
                + " from risk_evidence where assessment_id = ?", id);
        assertThat(row).containsEntry("file_name", "site visit.pdf").containsEntry("content_type", "application/pdf")
                .containsEntry("size_bytes", (long) PDF.length).containsEntry("annex_ii_risk", "NON_STATE_ARMED_GROUPS")
                .containsEntry("uploaded_by", exporter.getUsername());
        assertThat((String) row.get("sha256")).hasSize(64);
        long fileId = ((Number) row.get("id")).longValue();

        var bytes = mvc.perform(get("/risk/assessments/" + id + "/evidence/" + fileId).with(user(exporter)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("visit.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(bytes).isEqualTo(PDF);

        mvc.perform(get("/risk/assessments/" + id).with(user(exporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/risk/assessments/" + id + "/evidence/" + fileId)))
                .andExpect(content().string(containsString("site visit.pdf")))
                .andExpect(content().string(containsString(
                        "Support to non-state armed groups · 1 KB · by " + exporter.getUsername())))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));

        var audit = jdbc.queryForList("select actor, action, changes::text as changes from audit_entry"
                + " where entity_type = 'RiskEvidence' and entity_id = ?", String.valueOf(fileId));
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0)).containsEntry("actor", exporter.getUsername()).containsEntry("action", "CREATE");
        assertThat((String) audit.get(0).get("changes")).contains("site visit.pdf").contains((String) row.get("sha256"));
    }

    @Test
    void aFileThatIsNotPdfJpegOrPngIsRefusedByTheFieldAndNothingIsStored() throws Exception {
        var exporter = fixtures.signedIn(Role.EXPORTER);
        long id = assessment(exporter);

        upload(exporter, id, "report.pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII),
                "SERIOUS_ABUSES", Locale.FRENCH)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString(
                        "Seuls les documents PDF et les photos JPEG ou PNG peuvent être téléversés.")))
                .andExpect(content().string(containsString("class=\"error-summary\"")))
                .andExpect(content().string(containsString("value=\"SERIOUS_ABUSES\" selected")));
        upload(exporter, id, "empty.pdf", new byte[0], null, Locale.ENGLISH)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a file to upload.")));
        upload(exporter, id, "report.pdf", PDF, "NOT_A_RISK", Locale.ENGLISH)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"risk-error\"")))
                .andExpect(content().string(containsString("href=\"#risk\"")));
        assertThat(stored(id)).isZero();
    }

    @Test
    void anotherOrganisationNeitherUploadsNorDownloadsAndAnAuditorDownloads() throws Exception {
        var exporter = fixtures.signedIn(Role.EXPORTER);
        long id = assessment(exporter);
        upload(exporter, id, "report.pdf", PDF, null, Locale.ENGLISH).andExpect(status().is3xxRedirection());
        long fileId = jdbc.queryForObject("select id from risk_evidence where assessment_id = ?", Long.class, id);

        var stranger = fixtures.signedIn(Role.EXPORTER);
        upload(stranger, id, "other.pdf", PDF, null, Locale.ENGLISH).andExpect(status().isNotFound());
        mvc.perform(get("/risk/assessments/" + id + "/evidence/" + fileId).with(user(stranger)))
                .andExpect(status().isNotFound());
        // Readers of everything may not add to another organisation's assessment.
        var auditor = fixtures.signedIn(Role.AUDITOR);
        upload(auditor, id, "other.pdf", PDF, null, Locale.ENGLISH).andExpect(status().isForbidden());
        // Past the route rule (a trader) and reading everything (an administrator), but of another organisation:
        // the use case refuses.
        var otherTrader = fixtures.signedIn(Role.ADMIN, Role.EXPORTER);
        assertThat(otherTrader.organisationId()).isNotEqualTo(exporter.organisationId());
        upload(otherTrader, id, "other.pdf", PDF, null, Locale.ENGLISH).andExpect(status().isForbidden());
        // Without the CSRF token nothing is stored either.
        mvc.perform(multipart("/risk/assessments/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF)).with(user(exporter)))
                .andExpect(status().isForbidden());
        assertThat(stored(id)).isEqualTo(1);

        var bytes = mvc.perform(get("/risk/assessments/" + id + "/evidence/" + fileId).with(user(auditor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(bytes).isEqualTo(PDF);
        mvc.perform(get("/risk/assessments/" + id).with(user(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("report.pdf")))
                .andExpect(content().string(containsString("The whole assessment · 1 KB · by " + exporter.getUsername())))
                .andExpect(content().string(not(containsString("multipart/form-data"))));

        // A file of another assessment is not reachable through this one.
        long other = assessment(exporter);
        mvc.perform(get("/risk/assessments/" + other + "/evidence/" + fileId).with(user(exporter)))
                .andExpect(status().isNotFound());
    }
}
