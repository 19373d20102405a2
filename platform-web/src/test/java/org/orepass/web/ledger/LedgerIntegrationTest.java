package org.orepass.web.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.ledger.Ledger;
import org.orepass.ledger.LedgerHashes;
import org.orepass.ledger.LedgerKeys;
import org.orepass.organisation.OrganisationType;
import org.orepass.web.export.ExportFixtures;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.MutableClock;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The custody ledger (issue 18, tamper evidence) against PostgreSQL: every custody event of a certified shipment's
 * chain is noted by the triggers and chained; a lot's mass changed by SQL is named by the verifier (the
 * administrators' page and the use case) and the passport then says the check failed; two transactions recording at
 * once keep one chain; the published head and the passport's statement verify with the public key of
 * {@code /ledger/jwks.json}; {@code /ledger} is public and makes no session; the chain refuses to be rewritten.
 *
 * <p>The database is shared by every test of the JVM and some tests change custody rows by SQL, so the checks here
 * start at this test's first record ({@link Ledger#verifyFrom}), linked to the record before it.
 */
@PlatformTest
class LedgerIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired JsonMapper json;
    @Autowired Ledger ledger;
    @Autowired DataSource dataSource;
    ExportFixtures exports;

    @BeforeEach
    void fixtures() {
        exports = new ExportFixtures(mvc, fixtures, jdbc, clock);
    }

    private String certificateCode(long shipmentId) {
        return jdbc.queryForObject("select v.code from verification_code v join export_certificate c"
                + " on v.subject_kind = 'CERTIFICATE' and v.subject_id = c.id where c.shipment_id = ?", String.class,
                shipmentId);
    }

    private JsonNode passport(String code) throws Exception {
        var response = mvc.perform(get("/verify/" + code).accept(MediaType.APPLICATION_JSON)).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    private String page(String url, Locale locale) throws Exception {
        return mvc.perform(get(url).locale(locale)).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletResponse verifyPage(String from, Role role) throws Exception {
        return mvc.perform(post("/admin/ledger/verify").param("from", from).with(user(fixtures.signedIn(role)))
                .with(csrf()).locale(Locale.ENGLISH)).andReturn().getResponse();
    }

    @Test
    void aLotsMassChangedBySqlIsNamedByTheVerifierAndThePassportSaysTheCheckFailed() throws Exception {
        var certified = exports.certified(false);
        var code = certificateCode(certified.shipmentId());
        ledger.chain();
        var before = passport(code);
        var integrity = before.get("integrity");
        assertThat(integrity.get("check").asString()).isEqualTo("INTACT");
        var sources = new ArrayList<String>();
        integrity.get("records").forEach(record -> sources.add(record.get("source").asString()));
        assertThat(sources).as("the chain's events: lots, the transfer or operations, the export, the certificate")
                .contains("LOT", "EXPORT", "CERTIFICATE");
        long first = integrity.get("records").get(0).get("position").asLong();
        assertThat(ledger.verifyFrom(first).intact()).isTrue();
        assertThat(page("/verify/" + code, Locale.ENGLISH))
                .contains("Integrity check: the custody record of this chain is as it was recorded.");

        // Someone with database access makes the mined lot heavier.
        var mined = jdbc.queryForObject("select l.id from lot l join lot_input i on i.input_lot_id = l.id"
                + " join export_shipment e on e.export_lot_id = i.lot_id where e.id = ?", Long.class,
                certified.shipmentId());
        var minedPosition = jdbc.queryForObject("select position from ledger_record where source = 'LOT'"
                + " and source_id = ?", Long.class, mined);
        jdbc.update("update lot set mass = mass + 100, mass_kg = mass_kg + 100, remaining_kg = remaining_kg + 100"
                + " where id = ?", mined);
        try {
            var result = ledger.verifyFrom(first);
            assertThat(result.intact()).isFalse();
            assertThat(result.why()).isEqualTo(Ledger.Break.CONTENT);
            assertThat(result.firstBroken().position()).isEqualTo(minedPosition);
            assertThat(result.firstBroken().source()).isEqualTo("LOT");
            assertThat(result.firstBroken().sourceId()).isEqualTo(mined);

            var after = passport(code);
            assertThat(after.get("integrity").get("check").asString()).isEqualTo("FAILED");
            assertThat(page("/verify/" + code, Locale.FRENCH)).contains("Contrôle d’intégrité échoué");
            assertThat(page("/verify/" + code, Locale.forLanguageTag("sw")))
                    .contains("Ukaguzi wa uadilifu umeshindwa");

            // The administrators' page names the record, and the check is in the audit trail.
            var audited = jdbc.queryForObject("select count(*) from audit_entry where entity_type ="
                    + " 'LedgerVerification'", Long.class);
            var html = verifyPage(String.valueOf(first), Role.ADMIN).getContentAsString();
            assertThat(html).contains("Record " + minedPosition + " no longer matches (lot number " + mined + ")")
                    .contains("the data was changed or deleted after it was recorded.");
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'LedgerVerification'",
                    Long.class)).isEqualTo(audited + 1);
            assertThat(jdbc.queryForObject("select changes -> 'firstBroken' ->> 'new' from audit_entry"
                    + " where entity_type = 'LedgerVerification' order by id desc limit 1", String.class))
                    .isEqualTo(String.valueOf(minedPosition));
        } finally {
            jdbc.update("update lot set mass = mass - 100, mass_kg = mass_kg - 100, remaining_kg = remaining_kg - 100"
                    + " where id = ?", mined);
        }
        // Put back as it was, the chain matches again.
        assertThat(ledger.verifyFrom(first).intact()).isTrue();
        assertThat(passport(code).get("integrity").get("check").asString()).isEqualTo("INTACT");
    }

    @Test
    void theVerifierPageIsForAdministratorsAndKeepsAMistypedStart() throws Exception {
        var typed = verifyPage("first", Role.ADMIN);
        assertThat(typed.getStatus()).isEqualTo(200);
        assertThat(typed.getContentAsString()).contains("Type a whole number, 1 or more.").contains("value=\"first\"")
                .contains("aria-invalid=\"true\"");
        assertThat(verifyPage("1", Role.INSPECTOR).getStatus()).isEqualTo(403);
        var admin = fixtures.signedIn(Role.ADMIN);
        assertThat(mvc.perform(post("/admin/ledger/verify").param("from", "1").with(user(admin))).andReturn()
                .getResponse().getStatus()).as("without the CSRF token").isEqualTo(403);
        assertThat(mvc.perform(get("/admin/ledger").with(user(fixtures.signedIn(Role.ADMIN))).locale(Locale.FRENCH))
                .andReturn().getResponse().getContentAsString()).contains("Contrôler le registre de traçabilité");
    }

    @Test
    void twoTransactionsRecordingAtOnceKeepOneChain() throws Exception {
        var organisation = fixtures.organisation(OrganisationType.TRADER).getId();
        ledger.chain();
        long start = ledger.head().map(r -> r.position() + 1).orElse(1L);
        String insert = "insert into custody_operation (kind, organisation_id, operation_date, recorded_by,"
                + " recorded_at) values ('STORAGE', ?, current_date, 'ledger-test', now()) returning id";
        try (Connection early = dataSource.getConnection(); Connection late = dataSource.getConnection()) {
            early.setAutoCommit(false);
            late.setAutoCommit(false);
            long earlyId = insertOperation(early, insert, organisation);
            long lateId = insertOperation(late, insert, organisation);
            late.commit();
            // The early transaction's event is not committed: the chain goes on without it ...
            ledger.chain();
            early.commit();
            // ... and takes it at the next run, after the late one.
            ledger.chain();
            var positions = jdbc.queryForList("select source_id from ledger_record where source = 'OPERATION'"
                    + " and source_id in (?, ?) order by position", Long.class, earlyId, lateId);
            assertThat(positions).containsExactly(lateId, earlyId);
        }
        // Many recorders and two chainers at once: one chain without gaps, every event once.
        var pool = Executors.newFixedThreadPool(4);
        try {
            var tasks = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < 20; i++) {
                tasks.add(() -> jdbc.update(insert.replace(" returning id", ""), organisation));
                if (i % 5 == 0) {
                    tasks.add(ledger::chain);
                }
            }
            for (var future : pool.invokeAll(tasks)) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        ledger.chain();
        assertThat(jdbc.queryForObject("select count(*) from ledger_pending", Long.class)).isZero();
        var counts = jdbc.queryForMap("select count(*) as n, count(distinct (source, source_id)) as events,"
                + " max(position) - min(position) + 1 as span from ledger_record where position >= ?", start);
        assertThat(counts.get("n")).isEqualTo(counts.get("span")).isEqualTo(counts.get("events"));
        assertThat(jdbc.queryForObject("select count(*) from ledger_record where position >= ? and source ="
                + " 'OPERATION' and source_id in (select id from custody_operation where organisation_id = ?)",
                Long.class, start, organisation)).isEqualTo(22L);
        assertThat(ledger.verifyFrom(start).intact()).isTrue();
    }

    private static long insertOperation(Connection connection, String sql, long organisation) throws Exception {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setLong(1, organisation);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Test
    void thePublishedHeadAndThePassportsStatementVerifyWithThePublicKey() throws Exception {
        var certified = exports.certified(false);
        var code = certificateCode(certified.shipmentId());
        var publish = mvc.perform(post("/admin/ledger/publish").with(user(fixtures.signedIn(Role.ADMIN))).with(csrf()))
                .andReturn().getResponse();
        assertThat(publish.getRedirectedUrl()).isEqualTo("/admin/ledger");
        var head = ledger.heads(1).get(0);
        var chainHead = ledger.head().orElseThrow();
        assertThat(head.position()).isEqualTo(chainHead.position());
        assertThat(head.recordHash()).isEqualTo(chainHead.recordHash());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'LedgerHead'"
                + " and entity_id = ?", Long.class, String.valueOf(head.position()))).isPositive();

        // The keys, anonymously and without a session.
        var jwks = mvc.perform(get("/ledger/jwks.json")).andReturn().getResponse();
        assertThat(jwks.getStatus()).isEqualTo(200);
        assertThat(jwks.getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("ORE_PASS_SESSION="));
        var key = json.readTree(jwks.getContentAsString()).get("keys").get(0);
        assertThat(key.get("kty").asString()).isEqualTo("OKP");
        assertThat(key.get("crv").asString()).isEqualTo("Ed25519");
        var x = key.get("x").asString();

        assertThat(LedgerKeys.verify(head.jws(), x)).isTrue();
        var parts = head.jws().split("\\.");
        var header = json.readTree(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
        assertThat(header.get("alg").asString()).isEqualTo("EdDSA");
        assertThat(header.get("kid").asString()).isEqualTo(key.get("kid").asString());
        var payload = json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        assertThat(payload.get("position").asLong()).isEqualTo(head.position());
        assertThat(payload.get("recordHash").asString()).isEqualTo(head.recordHash());
        // A changed payload does not verify.
        var forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace(head.recordHash(), "0".repeat(64)).getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(LedgerKeys.verify(forged, x)).isFalse();

        // The passport: its statement is the passport itself signed, with the proof tying its records to the head.
        var passport = passport(code);
        var statement = passport.get("statement").asString();
        assertThat(LedgerKeys.verify(statement, x)).isTrue();
        var signed = json.readTree(new String(Base64.getUrlDecoder().decode(statement.split("\\.")[1]),
                StandardCharsets.UTF_8));
        assertThat(signed.get("certificateNumber").asString()).isEqualTo(certified.serialNumber());
        assertThat(signed.get("integrity").get("check").asString()).isEqualTo("INTACT");
        assertThat(signed.get("integrity").get("head").get("jws").asString()).isEqualTo(head.jws());
        var records = signed.get("integrity").get("records");
        assertThat(records.size()).isPositive();
        records.forEach(record -> {
            assertThat(record.get("position").asLong()).isLessThanOrEqualTo(head.position());
            assertThat(LedgerHashes.record(record.get("position").asLong(), record.get("source").asString(),
                    record.get("sourceId").asLong(), record.get("contentHash").asString(),
                    record.get("prevHash").asString())).isEqualTo(record.get("recordHash").asString());
        });
        // The PEM the README's openssl command reads.
        var pem = mvc.perform(get("/ledger/keys/" + key.get("kid").asString() + ".pem")).andReturn().getResponse();
        assertThat(pem.getContentAsString()).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void theLedgerPageIsPublicInFourLanguagesWithoutASession() throws Exception {
        ledger.chain();
        var expected = List.of(List.of("en", "Custody ledger", "Public keys"),
                List.of("fr", "Registre de traçabilité", "Clés publiques"),
                List.of("es", "Registro de custodia", "Claves públicas"),
                List.of("sw", "Daftari la umiliki", "Funguo za umma"));
        for (var language : expected) {
            var response = mvc.perform(get("/ledger").header("Accept-Language", language.get(0))).andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(language.get(0)).isEqualTo(200);
            assertThat(response.getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("ORE_PASS_SESSION="));
            assertThat(response.getContentAsString()).contains(language.get(1), language.get(2), "/ledger/jwks.json");
        }
        assertThat(mvc.perform(get("/admin/ledger")).andReturn().getResponse().getStatus()).as("administrators only")
                .isIn(302, 401, 403);
    }

    @Test
    void aBulkInsertIsNotedInOneStatementAndChainedIncrementally() {
        var organisation = fixtures.organisation(OrganisationType.TRADER).getId();
        ledger.chain();
        long start = ledger.head().map(r -> r.position() + 1).orElse(1L);
        // As the benchmark generator records: one statement, many rows.
        jdbc.update("insert into custody_operation (kind, organisation_id, operation_date, recorded_by, recorded_at)"
                + " select 'STORAGE', ?, current_date, 'ledger-bulk', now() from generate_series(1, 10000)",
                organisation);
        // Noted by the statement's trigger (the scheduled chainer may already be taking them).
        assertThat(jdbc.queryForObject("select (select count(*) from ledger_pending) + (select count(*) from"
                + " ledger_record where position >= ?)", Long.class, start)).isEqualTo(10_000L);
        long began = System.nanoTime();
        ledger.chain();
        long chainMs = (System.nanoTime() - began) / 1_000_000;
        assertThat(jdbc.queryForObject("select count(*) from ledger_record where position >= ? and source ="
                + " 'OPERATION' and source_id in (select id from custody_operation where organisation_id = ?)",
                Long.class, start, organisation)).isEqualTo(10_000L);
        began = System.nanoTime();
        assertThat(ledger.verifyFrom(start).checked()).isEqualTo(10_000L);
        long verifyMs = (System.nanoTime() - began) / 1_000_000;
        System.out.printf("Ledger: 10,000 events chained in %d ms, verified in %d ms%n", chainMs, verifyMs);
        // The next run reads only what is new.
        began = System.nanoTime();
        ledger.chain();
        System.out.printf("Ledger: an empty chain run over %d records took %d ms%n", ledger.head().orElseThrow()
                .position(), (System.nanoTime() - began) / 1_000_000);
    }

    @Test
    void theChainRefusesToBeRewritten() {
        var organisation = fixtures.organisation(OrganisationType.TRADER).getId();
        jdbc.update("insert into custody_operation (kind, organisation_id, operation_date, recorded_by, recorded_at)"
                + " values ('STORAGE', ?, current_date, 'ledger-test', now())", organisation);
        ledger.chain();
        var position = ledger.head().orElseThrow().position();
        assertThatThrownBy(() -> jdbc.update("update ledger_record set content_hash = ? where position = ?",
                "0".repeat(64), position)).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from ledger_record where position = ?", position))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("truncate ledger_record")).hasMessageContaining("append-only");
    }
}
