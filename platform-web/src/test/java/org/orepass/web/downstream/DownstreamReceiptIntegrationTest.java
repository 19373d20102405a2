package org.orepass.web.downstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.audit.AuditTrail;
import org.orepass.downstream.DownstreamReceipts;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.web.export.ExportFixtures;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.MutableClock;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Downstream receipts (issue 18): the exporter names a smelter abroad as consignee; only that smelter's users confirm
 * receipt, once (two at once make one receipt), by page or API, audited and CSRF-protected; the passport then shows
 * the chain closed with the smelter's name, CID and audit status.
 */
@PlatformTest
class DownstreamReceiptIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired OrganisationAdministration organisations;
    @Autowired DownstreamReceipts receipts;
    @Autowired TokenIssuing tokens;
    @Autowired AuditTrail auditTrail;
    ExportFixtures exports;
    SmelterFixtures smelters;

    @BeforeEach
    void fixtures() {
        exports = new ExportFixtures(mvc, fixtures, jdbc, clock);
        smelters = new SmelterFixtures(organisations, fixtures);
    }

    private void name(SignedInUser exporter, long shipmentId, long consigneeId) throws Exception {
        mvc.perform(post("/downstream/shipments/" + shipmentId + "/consignee").with(user(exporter)).with(csrf())
                        .param("consigneeId", String.valueOf(consigneeId)))
                .andExpect(redirectedUrl("/downstream/shipments/" + shipmentId));
    }

    private org.springframework.test.web.servlet.ResultActions confirm(SignedInUser who, long shipmentId, String on,
            String kg) throws Exception {
        return mvc.perform(post("/downstream/shipments/" + shipmentId + "/receipt").with(user(who)).with(csrf())
                .param("receivedOn", on).param("receivedKg", kg).param("note", "Two bags resealed at the port"));
    }

    private String shipmentCode(long shipmentId) {
        return jdbc.queryForObject("select code from verification_code where subject_kind = 'SHIPMENT'"
                + " and subject_id = ?", String.class, shipmentId);
    }

    @Test
    void onlyTheNamedSmelterConfirmsReceiptOnceAndThePassportShowsTheChainClosed() throws Exception {
        var certified = exports.certified(false);
        var id = certified.shipmentId();
        var smelter = smelters.smelter("Rotterdam Tin Smelter", "NL");
        var otherSmelter = smelters.smelter("Other Tin Smelter", "NL");
        name(certified.exporter(), id, smelter.organisation().getId());
        var today = LocalDate.now(clock).toString();

        // Nobody else: another smelter, the inspector who certified it, the exporter, an administrator.
        for (var stranger : List.of(otherSmelter.operator(), certified.inspector(), certified.exporter(),
                fixtures.signedIn(Role.ADMIN))) {
            confirm(stranger, id, today, "249.5").andExpect(status().isNotFound());
        }
        // Without the form's CSRF token, nothing happens.
        mvc.perform(post("/downstream/shipments/" + id + "/receipt").with(user(smelter.operator()))
                .param("receivedOn", today).param("receivedKg", "249.5")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from downstream_consignment where shipment_id = ?"
                + " and confirmed_at is not null", Integer.class, id)).isZero();

        // Bad input is shown next to the field, in the user's language, what was typed kept.
        mvc.perform(post("/downstream/shipments/" + id + "/receipt").with(user(smelter.operator())).with(csrf())
                        .cookie(new Cookie("ORE_PASS_LANG", "fr"))
                        .param("receivedOn", "").param("receivedKg", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"receivedOn-error\"")))
                .andExpect(content().string(containsString("id=\"receivedKg-error\"")))
                .andExpect(content().string(containsString("value=\"-3\"")))
                .andExpect(content().string(containsString("Confirmer la réception")));

        confirm(smelter.operator(), id, today, "249.5").andExpect(redirectedUrl("/downstream/shipments/" + id));
        // Not twice.
        confirm(smelter.operator(), id, today, "250").andExpect(status().isOk())
                .andExpect(content().string(containsString("has already been confirmed")));
        var row = jdbc.queryForMap("select received_kg, received_on, confirmed_by from downstream_consignment"
                + " where shipment_id = ?", id);
        assertThat((BigDecimal) row.get("received_kg")).isEqualByComparingTo("249.5");
        assertThat(row.get("confirmed_by")).isEqualTo(smelter.operator().username());
        var consignmentId = jdbc.queryForObject("select id from downstream_consignment where shipment_id = ?",
                Long.class, id);
        assertThat(auditTrail.historyOf("Consignment", String.valueOf(consignmentId)))
                .anySatisfy(entry -> assertThat(entry.actor()).isEqualTo(smelter.operator().username()))
                .anySatisfy(entry -> assertThat(entry.actor()).isEqualTo(certified.exporter().username()));

        // The smelter's list shows it received; the passport, page and JSON, shows the chain closed.
        mvc.perform(get("/downstream/receipts").with(user(smelter.operator())))
                .andExpect(content().string(containsString("/downstream/shipments/" + id)));
        var code = shipmentCode(id);
        mvc.perform(get("/verify/" + code))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chain closed: received downstream")))
                .andExpect(content().string(containsString(smelter.organisation().getName())))
                .andExpect(content().string(containsString(smelter.cid())))
                .andExpect(content().string(containsString("Conformant")))
                .andExpect(content().string(containsString("249.5 kg")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Two bags resealed"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(smelter.operator().username()))));
        mvc.perform(get("/verify/" + code).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receipt.receiverName").value(smelter.organisation().getName()))
                .andExpect(jsonPath("$.receipt.smelterId").value(smelter.cid()))
                .andExpect(jsonPath("$.receipt.auditStatus").value("CONFORMANT"))
                .andExpect(jsonPath("$.receipt.receivedOn").value(today));
    }

    @Test
    void anOpenChainSaysSoAndTheConsigneeMustBeAbroadInTheDestinationCountry() throws Exception {
        var certified = exports.certified(false);
        var id = certified.shipmentId();
        mvc.perform(get("/verify/" + shipmentCode(id)))
                .andExpect(content().string(containsString("No smelter, refiner or buyer has confirmed receipt")));
        var kenyan = smelters.smelter("Mombasa Smelter", "KE");
        mvc.perform(post("/downstream/shipments/" + id + "/consignee").with(user(certified.exporter())).with(csrf())
                        .param("consigneeId", String.valueOf(kenyan.organisation().getId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"consigneeId-error\"")))
                .andExpect(content().string(containsString("registered in the destination country (NL)")));
        // Another exporter cannot name a consignee of this shipment.
        var dutch = smelters.smelter("Dutch Smelter", "NL");
        var otherExporter = fixtures.signedIn(Role.EXPORTER);
        mvc.perform(post("/downstream/shipments/" + id + "/consignee").with(user(otherExporter)).with(csrf())
                        .param("consigneeId", String.valueOf(dutch.organisation().getId())))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from downstream_consignment where shipment_id = ?",
                Integer.class, id)).isZero();
    }

    @Test
    void aSubmittedShipmentIsNotReceivedBeforeItsCertificate() throws Exception {
        var submitted = exports.submitted(false);
        var smelter = smelters.smelter("Early Smelter", "NL");
        name(submitted.exporter(), submitted.shipmentId(), smelter.organisation().getId());
        confirm(smelter.operator(), submitted.shipmentId(), LocalDate.now(clock).toString(), "250")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("only after the export certificate is issued")));
    }

    @Test
    void theApiMeetsTheSameRuleAndTwoConfirmationsAtOnceMakeOneReceipt() throws Exception {
        var certified = exports.certified(false);
        var id = certified.shipmentId();
        var smelter = smelters.smelter("Api Smelter", "NL");
        name(certified.exporter(), id, smelter.organisation().getId());
        var strangerToken = "Bearer " + tokens.issue(fixtures.signedIn(Role.OPERATOR).username(), "test").value();
        var body = "{\"receivedOn\":\"" + LocalDate.now(clock) + "\",\"receivedKg\":248.75}";
        mvc.perform(post("/api/v1/downstream/shipments/" + id + "/receipt").header("Authorization", strangerToken)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());

        // Two confirmations at the same moment, through the domain rule both channels use: one receipt.
        var actor = smelter.operator().actor();
        var start = new CountDownLatch(1);
        var refused = Collections.synchronizedList(new ArrayList<Throwable>());
        var pool = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 2; i++) {
            pool.submit(() -> {
                try {
                    start.await();
                    receipts.confirmReceipt(actor, id, new DownstreamReceipts.ReceiptDetails(LocalDate.now(clock),
                            new BigDecimal("248.75"), null));
                } catch (Throwable e) {
                    refused.add(e);
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(refused).singleElement().isInstanceOfSatisfying(DomainRuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("downstream.receipt.already"));
        assertThat(jdbc.queryForObject("select count(*) from downstream_consignment where shipment_id = ?"
                + " and confirmed_at is not null", Integer.class, id)).isEqualTo(1);

        // The API then refuses a further confirmation as a problem, not an error page.
        var token = "Bearer " + tokens.issue(smelter.operator().username(), "test").value();
        mvc.perform(post("/api/v1/downstream/shipments/" + id + "/receipt").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/downstream/shipments/" + id).header("Authorization", token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.received").value(true))
                .andExpect(jsonPath("$.smelterId").value(smelter.cid()));
    }

    @Test
    void theApiConfirmsReceiptWithABearerToken() throws Exception {
        var certified = exports.certified(false);
        var id = certified.shipmentId();
        var smelter = smelters.smelter("Token Smelter", "NL");
        name(certified.exporter(), id, smelter.organisation().getId());
        var token = "Bearer " + tokens.issue(smelter.operator().username(), "test").value();
        mvc.perform(post("/api/v1/downstream/shipments/" + id + "/receipt").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receivedOn\":\"" + LocalDate.now(clock) + "\",\"receivedKg\":-1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("receivedKg"));
        for (var unreadable : List.of("", "{\"receivedOn\":\"not a date\",\"receivedKg\":1}", "{\"receivedKg\":0012}")) {
            mvc.perform(post("/api/v1/downstream/shipments/" + id + "/receipt").header("Authorization", token)
                            .contentType(MediaType.APPLICATION_JSON).content(unreadable))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(post("/api/v1/downstream/shipments/" + id + "/receipt").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receivedOn\":\"" + LocalDate.now(clock) + "\",\"receivedKg\":250}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.received").value(true));
    }
}
