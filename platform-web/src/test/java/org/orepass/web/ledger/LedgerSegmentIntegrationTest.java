package org.orepass.web.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.ledger.Ledger;
import org.orepass.ledger.LedgerHashes;
import org.orepass.ledger.LedgerRecord;
import org.orepass.web.export.ExportFixtures;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.MutableClock;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The passport's offline proof (issue 18): its JSON names the chain segment from its first record to the latest
 * signed head, {@code /ledger/segment} serves it to anyone (hashes only), and the README's check holds: every record
 * recomputes, links to the one before, the passport's records are in it and it ends at the signed head. A segment
 * changed in any way (a content hash, a link, a record left out, another head) fails the check.
 */
@PlatformTest
class LedgerSegmentIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired JsonMapper json;
    @Autowired Ledger ledger;
    ExportFixtures exports;

    @BeforeEach
    void fixtures() {
        exports = new ExportFixtures(mvc, fixtures, jdbc, clock);
    }

    private JsonNode fetch(String url) throws Exception {
        var response = mvc.perform(get(url)
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        assertThat(response.getHeaders("Set-Cookie")).as("no session").isEmpty();
        return json.readTree(response.getContentAsString());
    }

    private static List<LedgerRecord> records(JsonNode segment) {
        var out = new ArrayList<LedgerRecord>();
        segment.get("records").forEach(r -> out.add(new LedgerRecord(r.get("position").asLong(),
                r.get("source").asString(), r.get("sourceId").asLong(), null, r.get("contentHash").asString(),
                r.get("prevHash").asString(), r.get("recordHash").asString())));
        return out;
    }

    @Test
    void aPassportsRecordsLeadToTheSignedHeadThroughTheServedSegmentAndAChangedSegmentFails() throws Exception {
        var certified = exports.certified(false);
        var code = jdbc.queryForObject("select v.code from verification_code v join export_certificate c"
                + " on v.subject_kind = 'CERTIFICATE' and v.subject_id = c.id where c.shipment_id = ?", String.class,
                certified.shipmentId());
        ledger.chain();
        assertThat(mvc.perform(post("/admin/ledger/publish").with(user(fixtures.signedIn(Role.ADMIN))).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);

        var passport = fetch("/verify/" + code);
        var integrity = passport.get("integrity");
        var head = integrity.get("head");
        long first = integrity.get("records").get(0).get("position").asLong();
        assertThat(integrity.get("segment").asString())
                .isEqualTo("/ledger/segment?from=" + first + "&to=" + head.get("position").asLong());

        var segment = records(fetch(integrity.get("segment").asString()));
        assertThat(segment).hasSize((int) (head.get("position").asLong() - first + 1));
        var headHash = head.get("recordHash").asString();
        assertThat(LedgerHashes.firstBrokenLink(segment, headHash)).as("the segment leads to the signed head")
                .isEqualTo(-1);
        var hashes = segment.stream().map(LedgerRecord::recordHash).toList();
        integrity.get("records").forEach(r -> assertThat(hashes).contains(r.get("recordHash").asString()));

        // Changed in any way, it fails: a content hash, a record left out, another head.
        var changed = new ArrayList<>(segment);
        var second = changed.get(1);
        changed.set(1, new LedgerRecord(second.position(), second.source(), second.sourceId(), null,
                "0".repeat(63) + "1", second.prevHash(), second.recordHash()));
        assertThat(LedgerHashes.firstBrokenLink(changed, headHash)).isEqualTo(second.position());
        var shorter = new ArrayList<>(segment);
        shorter.remove(1);
        assertThat(LedgerHashes.firstBrokenLink(shorter, headHash)).isEqualTo(segment.get(2).position());
        assertThat(LedgerHashes.firstBrokenLink(segment, "f".repeat(64))).isNotEqualTo(-1);

        // A range that is none is a 400 problem, never a 500; a long one is answered in pages.
        for (var bad : List.of("from=0&to=5", "from=9&to=3", "from=x&to=5", "to=5", "from=1&to=1e3")) {
            var response = mvc.perform(get("/ledger/segment?" + bad)).andReturn().getResponse();
            assertThat(response.getStatus()).as(bad).isEqualTo(400);
            assertThat(response.getContentType()).as(bad).startsWith("application/problem+json");
        }
        var paged = fetch("/ledger/segment?from=1&to=" + (Ledger.SEGMENT_MAX + 5));
        if (head.get("position").asLong() > Ledger.SEGMENT_MAX) {
            assertThat(paged.get("next").asString()).isEqualTo("/ledger/segment?from=" + (Ledger.SEGMENT_MAX + 1)
                    + "&to=" + (Ledger.SEGMENT_MAX + 5));
        } else {
            assertThat(paged.path("next").isMissingNode() || paged.path("next").isNull()).as("no next page").isTrue();
        }
    }
}
