package org.orepass.web.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.account.Role;
import org.orepass.web.export.ExportFixtures;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.MutableClock;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public lot passport (issue 18): anyone with a certificate's, shipment's or tag's code reads it, in four
 * languages, without a session, and nothing confidential is in the page or the JSON (coordinates, ICGLR ids, the
 * price, the persons named on the certificate, the importer); unknown and withdrawn codes say so; the QR codes are
 * on the signed-in pages and hold the verification address.
 */
@PlatformTest
class VerifyIntegrationTest {

    /** Everything the certified shipment of ExportFixtures holds that a passport must never show. */
    private static final List<String> CONFIDENTIAL = List.of("-1.2833", "29.6947", "1.2833", "4600", "4 600",
            "4,600", "USD", "Grace Atim", "Joseph Okello", "Amina Nakato", "Jan de Vries", "Refinery Europe",
            "Lake Transport", "Kisoro", "Directorate of Geological Survey");

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired TokenIssuing tokens;
    @Autowired JsonMapper json;
    ExportFixtures exports;

    @BeforeEach
    void fixtures() {
        exports = new ExportFixtures(mvc, fixtures, jdbc, clock);
    }

    private String code(String kind, long subjectId) {
        return jdbc.queryForObject("select code from verification_code where subject_kind = ? and subject_id = ?",
                String.class, kind, subjectId);
    }

    private String certificateCode(long shipmentId) {
        return code("CERTIFICATE", jdbc.queryForObject("select id from export_certificate where shipment_id = ?",
                Long.class, shipmentId));
    }

    /** The export route as the passport writes it: country names in the reader's language (issue 16). */
    private static String route(String language, String... countries) {
        var locale = java.util.Locale.forLanguageTag(language);
        return java.util.Arrays.stream(countries)
                .map(code -> org.orepass.geography.Countries.displayName(code, locale))
                .collect(java.util.stream.Collectors.joining(" → "));
    }

    private MockHttpServletResponse anonymous(String url, String language) throws Exception {
        return mvc.perform(get(url).header("Accept-Language", language)).andReturn().getResponse();
    }

    @Test
    void aCertificatesCodeShowsItsPassportToAnyoneInFourLanguagesWithNothingConfidential() throws Exception {
        var certified = exports.certified(true);
        var code = certificateCode(certified.shipmentId());
        assertThat(code).matches("[0-9a-f]{24}");
        var site = jdbc.queryForMap("select s.name, s.division, s.icglr_id from mine_site s join lot l on l.site_id = s.id"
                + " join lot_input i on i.input_lot_id = l.id join export_shipment e on e.export_lot_id = i.lot_id"
                + " where e.id = ?", certified.shipmentId());
        var expected = java.util.Map.of("en", List.of("Check where minerals come from", "A valid export certificate.",
                        "No due-diligence rule stops any part of this ore today.", "Cassiterite"),
                "fr", List.of("Vérifier l’origine des minerais", "Un certificat d’exportation valide.", "Teneur"),
                "es", List.of("Comprobar de dónde vienen los minerales", "Un certificado de exportación válido."),
                "sw", List.of("Hakikisha madini yanatoka wapi", "Cheti halali cha kuuza nje."));
        for (var language : expected.keySet()) {
            var page = anonymous("/verify/" + code, language);
            assertThat(page.getStatus()).as(language).isEqualTo(200);
            assertThat(page.getHeaders("Set-Cookie")).as("no session for a passport")
                    .noneMatch(cookie -> cookie.startsWith("ORE_PASS_SESSION="));
            var html = page.getContentAsString();
            assertThat(html).contains(expected.get(language)).contains(certified.serialNumber())
                    .contains((String) site.get("name")).contains((String) site.get("division"))
                    .contains(route(language, "UG", "KE"))
                    .contains("100").containsAnyOf("250 kg", "kg 250");
            assertThat(html).as("confidential data in %s", language).doesNotContain(CONFIDENTIAL)
                    .doesNotContain((String) site.get("icglr_id"));
        }
        // The check above sees a session when one is made: the sign-in page (a form with a CSRF token) makes one.
        assertThat(anonymous("/login", "en").getHeaders("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("ORE_PASS_SESSION="));
        // Typed with capitals and hyphens, as printed under the QR code.
        var grouped = code.toUpperCase().replaceAll("(.{4})(?!$)", "$1-");
        assertThat(anonymous("/verify?code=" + grouped, "en").getRedirectedUrl()).isEqualTo("/verify/" + code);

        var answer = mvc.perform(get("/verify/" + code).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        var body = json.readTree(answer.getContentAsString());
        assertThat(body.get("state").asString()).isEqualTo("VALID");
        assertThat(body.get("certificateNumber").asString()).isEqualTo(certified.serialNumber());
        assertThat(body.get("mineral").asString()).isEqualTo("CASSITERITE");
        assertThat(body.get("blocked").asBoolean()).isFalse();
        assertThat(body.get("origins").get(0).get("siteName").asString()).isEqualTo(site.get("name"));
        assertThat(body.get("origins").get(0).get("share").decimalValue()).isEqualByComparingTo("1");
        assertThat(body.get("origins").get(0).get("statusThen").asString()).isEqualTo("GREEN");
        assertThat(body.get("origins").get(0).has("icglrId")).isFalse();
        // The ledger's hashes and signature (hexadecimal, base64) may hold any four digits by chance: checked without
        // them (the signed payload is this same passport).
        var withoutProof = (tools.jackson.databind.node.ObjectNode) body.deepCopy();
        withoutProof.remove(List.of("integrity", "statement"));
        assertThat(withoutProof.toString()).doesNotContain(CONFIDENTIAL);

        // An API token holder also gets the sites' ICGLR ids.
        var token = tokens.issue(fixtures.user(Role.AUDITOR).getUsername(), "downstream").value();
        var withIds = mvc.perform(get("/api/v1/verify/" + code).header("Authorization", "Bearer " + token))
                .andReturn().getResponse();
        assertThat(withIds.getStatus()).isEqualTo(200);
        assertThat(json.readTree(withIds.getContentAsString()).get("origins").get(0).get("icglrId").asString())
                .isEqualTo(site.get("icglr_id")).isNotNull();
        assertThat(mvc.perform(get("/api/v1/verify/" + code)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void aSiteTurnedRedAfterTheCertificateShowsOnThePassport() throws Exception {
        var certified = exports.certified(false);
        var code = certificateCode(certified.shipmentId());
        var origin = jdbc.queryForMap("select l.site_id, l.production_date from lot l join lot_input i"
                + " on i.input_lot_id = l.id join export_shipment e on e.export_lot_id = i.lot_id where e.id = ?",
                certified.shipmentId());
        // Green (inspected) on the day the ore was mined; red from the next day on; the passport is read two days on.
        jdbc.update("insert into site_status_change (site_id, changed_on, from_status, to_status, reason, recorded_by,"
                + " recorded_at) values (?, ?, 'BLUE', 'GREEN', 'INSPECTION', 'test', now())", origin.get("site_id"),
                origin.get("production_date"));
        jdbc.update("update mine_site set status = 'RED', status_since = ?::date + 1, status_reason = 'INSPECTION'"
                + " where id = ?", origin.get("production_date"), origin.get("site_id"));
        clock.advance(Duration.ofDays(2));
        try {
            var body = json.readTree(mvc.perform(get("/verify/" + code).accept(MediaType.APPLICATION_JSON))
                    .andReturn().getResponse().getContentAsString());
            assertThat(body.get("blocked").asBoolean()).isTrue();
            assertThat(body.get("origins").get(0).get("statusToday").asString()).isEqualTo("RED");
            assertThat(body.get("origins").get(0).get("statusThen").asString()).as("green the day it was mined")
                    .isEqualTo("GREEN");
            assertThat(anonymous("/verify/" + code, "fr").getContentAsString())
                    .contains("Attention : les règles de diligence raisonnable arrêtent aujourd’hui");
        } finally {
            clock.reset();
        }
    }

    @Test
    void theShipmentAndTagCodesHaveTheirPassportsToo() throws Exception {
        var submitted = exports.submitted(false);
        var shipment = anonymous("/verify/" + code("SHIPMENT", submitted.shipmentId()), "en");
        assertThat(shipment.getStatus()).isEqualTo(200);
        assertThat(shipment.getContentAsString()).contains("This shipment is waiting for its export certificate.")
                .doesNotContain(CONFIDENTIAL);
        var tagId = jdbc.queryForObject("select l.tag_id from lot l join lot_input i on i.input_lot_id = l.id"
                + " join export_shipment e on e.export_lot_id = i.lot_id where e.id = ?", Long.class,
                submitted.shipmentId());
        var tag = anonymous("/verify/" + code("TAG", tagId), "sw");
        assertThat(tag.getStatus()).isEqualTo(200);
        assertThat(tag.getContentAsString()).contains("Lebo hii inafunga gunia la madini kutoka mgodini.")
                .doesNotContain(CONFIDENTIAL);
    }

    @Test
    void unknownWithdrawnAndMistypedCodesSaySoInPlainWords() throws Exception {
        var unknown = anonymous("/verify/0123456789abcdef01234567", "fr");
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("Code introuvable");
        assertThat(anonymous("/verify/not-a-code", "en").getStatus()).isEqualTo(404);
        var json404 = mvc.perform(get("/verify/0123456789abcdef01234567").accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
        assertThat(json404.getStatus()).isEqualTo(404);
        assertThat(json404.getContentAsString()).contains("\"found\":false");

        var submitted = exports.submitted(false);
        var code = code("SHIPMENT", submitted.shipmentId());
        jdbc.update("update verification_code set revoked_at = now() where code = ?", code);
        var revoked = anonymous("/verify/" + code, "es");
        assertThat(revoked.getStatus()).isEqualTo(404);
        assertThat(revoked.getContentAsString()).contains("Código retirado");

        var mistyped = anonymous("/verify?code=12345", "en");
        assertThat(mistyped.getStatus()).isEqualTo(200);
        assertThat(mistyped.getContentAsString()).contains("This is not a verification code").contains("12345");
        var box = anonymous("/verify", "en");
        assertThat(box.getStatus()).isEqualTo(200);
        assertThat(box.getContentAsString()).contains("name=\"code\"");
        assertThat(box.getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("ORE_PASS_SESSION="));
    }

    @Test
    void theSignedInPagesShowQrCodesThatHoldTheVerificationAddress() throws Exception {
        var certified = exports.certified(true);
        var id = certified.shipmentId();
        var exporter = certified.exporter();
        assertThat(mvc.perform(get("/exports/" + id + "/certificate").with(user(exporter))).andReturn().getResponse()
                .getContentAsString()).contains("/passport/exports/" + id + "/certificate/qr.svg");
        assertThat(mvc.perform(get("/exports/" + id).with(user(exporter))).andReturn().getResponse()
                .getContentAsString()).contains("/passport/exports/" + id + "/qr.svg");
        var svg = mvc.perform(get("/passport/exports/" + id + "/certificate/qr.svg").with(user(exporter)))
                .andReturn().getResponse();
        assertThat(svg.getStatus()).isEqualTo(200);
        assertThat(svg.getContentType()).startsWith("image/svg+xml");
        var code = certificateCode(id);
        assertThat(svg.getContentAsString()).startsWith("<svg").contains("/verify/" + code)
                .contains(code.substring(0, 4) + "-").contains("h1v1h-1z");
        // The export lot's page shows the shipment's code.
        var exportLot = jdbc.queryForObject("select export_lot_id from export_shipment where id = ?", Long.class, id);
        assertThat(mvc.perform(get("/lots/" + exportLot).with(user(exporter))).andReturn().getResponse()
                .getContentAsString()).contains("/passport/lots/" + exportLot + "/qr.svg");
        assertThat(mvc.perform(get("/passport/lots/" + exportLot + "/qr.svg").with(user(exporter))).andReturn()
                .getResponse().getContentAsString()).contains("/verify/" + code("SHIPMENT", id));
        // Someone who may not see the shipment gets nothing.
        var stranger = fixtures.signedIn(Role.OPERATOR, Role.EXPORTER);
        assertThat(mvc.perform(get("/passport/exports/" + id + "/qr.svg").with(user(stranger))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        // The tags page links each tag's QR code; the public QR of a code needs no account.
        var tag = jdbc.queryForMap("select t.id, t.site_id from custody_tag t join lot l on l.tag_id = t.id"
                + " join lot_input i on i.input_lot_id = l.id join export_shipment e on e.export_lot_id = i.lot_id"
                + " where e.id = ?", id);
        var tagsPage = mvc.perform(get("/sites/" + tag.get("site_id") + "/tags").with(user(certified.inspector())))
                .andReturn().getResponse().getContentAsString();
        assertThat(tagsPage).contains("/sites/" + tag.get("site_id") + "/tags/" + tag.get("id") + "/qr.svg");
        assertThat(mvc.perform(get("/sites/" + tag.get("site_id") + "/tags/" + tag.get("id") + "/qr.svg")
                .with(user(certified.inspector()))).andReturn().getResponse().getContentAsString())
                .contains("/verify/" + code("TAG", ((Number) tag.get("id")).longValue()));
        // Whoever may not read the site's tags (a CSO monitor, an operator) gets no tag code through its QR address.
        for (var reader : List.of(fixtures.signedIn(Role.CSO_MONITOR), fixtures.signedIn(Role.OPERATOR))) {
            assertThat(mvc.perform(get("/sites/" + tag.get("site_id") + "/tags/" + tag.get("id") + "/qr.svg")
                    .with(user(reader))).andReturn().getResponse().getStatus()).isIn(403, 404);
        }
        assertThat(anonymous("/verify/" + code + "/qr.svg", "en").getStatus()).isEqualTo(200);
    }
}
