package org.orepass.web.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.risk.internal.RedFlag;
import org.orepass.risk.internal.RedFlagKind;
import org.orepass.risk.RedFlags;
import org.orepass.risk.SubjectKind;
import org.orepass.site.Mineral;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The red flags that come from other features' data (unpaid taxes, cash paid for gold, incidents on the supplier or
 * the route, transit through a CAHRA), each with data that raises it and data that does not, and the effect of a
 * suspension on exports.
 */
@PlatformTest
class RiskSignalsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    RedFlags redFlags;

    @Autowired
    MessageSource messages;

    private RiskFixtures risk() {
        return new RiskFixtures(mvc, fixtures, jdbc);
    }

    private List<RedFlag> lotFlags(RiskFixtures.Parties p, long lotId, RedFlagKind kind) {
        return redFlags.of(p.exporter().organisationId(), SubjectKind.LOT, null, null, lotId).stream()
                .filter(f -> f.kind() == kind).toList();
    }

    private static String errorBy(String page, String field) {
        var error = Jsoup.parse(page).getElementById(field + "-error");
        assertThat(error).as("message by the field %s", field).isNotNull();
        return error.text();
    }

    // ---- taxes ---------------------------------------------------------------------------------------------------

    @Test
    void taxesUnpaidPastTheirDayOnALotOfTheChainAreFlaggedAndPaidOnesAreNot() throws Exception {
        // Wolframite in 2009 is this test's own: schedules may not overlap and the database is shared.
        var admin = fixtures.signedIn(Role.ADMIN);
        mvc.perform(post("/admin/tax-schedules").with(user(admin)).with(csrf()).param("country", "UG")
                .param("mineral", "WOLFRAMITE").param("taxType", "FEE_PER_KG").param("rate", "10")
                .param("currency", "USD").param("referenceValuePerKg", "").param("taxAuthority", "URA")
                .param("validFrom", "2009-01-01").param("validTo", "2009-12-31").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        var r = risk();
        var p = r.parties("UG", "UG-W", Mineral.WOLFRAMITE);
        var day = LocalDate.of(2009, 5, 1);
        long unpaid = r.produce(p, Mineral.WOLFRAMITE, "100", day);
        long paid = r.produce(p, Mineral.WOLFRAMITE, "100", day);
        // 100 kg × 10 USD = 1,000 USD each; 400 paid on the first, all of it on the second.
        pay(admin, taxOf(unpaid), "400", "R-" + System.nanoTime());
        pay(admin, taxOf(paid), "1000", "R-" + System.nanoTime());

        long boughtUnpaid = r.buy(p, unpaid, "100", "", "", "");
        long boughtPaid = r.buy(p, paid, "100", "", "", "");
        var flags = lotFlags(p, boughtUnpaid, RedFlagKind.UNPAID_TAXES);
        // The exporter learns that a tax on a lot of its chain is late, not the producer's amount or tax page.
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.link()).isNull();
            assertThat(flag.detail()).contains("FEE_PER_KG").contains("2009-05-01").doesNotContain("600");
            assertThat(flag.subject()).isEqualTo(lotNumber(unpaid));
        });
        assertThat(lotFlags(p, boughtPaid, RedFlagKind.UNPAID_TAXES)).isEmpty();
        // The payer, assessing its own site, sees what it owes and where.
        assertThat(redFlags.of(p.producer().organisationId(), SubjectKind.SITE, null, p.siteId(), null).stream()
                .filter(f -> f.kind() == RedFlagKind.UNPAID_TAXES)).singleElement().satisfies(flag -> {
                    assertThat(flag.link()).isEqualTo("/revenue/taxes/" + taxOf(unpaid));
                    assertThat(flag.detail()).contains("600.00 USD").contains("2009-05-01");
                });
        // The supplier assessment sees it through the lots bought from it, and the site's operator on its site.
        assertThat(redFlags.of(p.exporter().organisationId(), SubjectKind.SUPPLIER, p.producer().organisationId(),
                null, null)).extracting(RedFlag::kind).containsOnlyOnce(RedFlagKind.UNPAID_TAXES);
        assertThat(redFlags.of(p.producer().organisationId(), SubjectKind.SITE, null, p.siteId(), null))
                .extracting(RedFlag::kind).contains(RedFlagKind.UNPAID_TAXES);
        // Paying the rest clears it.
        pay(admin, taxOf(unpaid), "600", "R-" + System.nanoTime());
        assertThat(lotFlags(p, boughtUnpaid, RedFlagKind.UNPAID_TAXES)).isEmpty();
    }

    @Test
    void aTaxDueTodayIsNotYetLate() throws Exception {
        var r = risk();
        var p = r.parties("UG", "UG-W", Mineral.CASSITERITE);
        long lot = r.produce(p, Mineral.CASSITERITE, "10", LocalDate.now(clock));
        // Whatever schedule applies today, a tax due today raises nothing until tomorrow.
        jdbc.update("""
                insert into tax_schedule (country, mineral, tax_type, rate, currency, valid_from, valid_to)
                values ('UG', 'CASSITERITE', 'FEE_PER_KG', 1, 'USD', date '1990-01-01', date '1990-12-31')
                on conflict do nothing""");
        long schedule = jdbc.queryForObject("select min(id) from tax_schedule where valid_from = date '1990-01-01'"
                + " and mineral = 'CASSITERITE' and country = 'UG'", Long.class);
        jdbc.update("""
                insert into tax_due (source_kind, source_id, reference, schedule_id, tax_type, country, mineral,
                    mass_kg, taxable_base, rate, amount, currency, status, due_on, payer_id, assessed_at)
                values ('PRODUCTION_LOT', ?, 'today', ?, 'EXPORT_TAX', 'UG', 'CASSITERITE', 10, 10, 1, 10, 'USD',
                    'DUE', current_date, ?, now())""", lot, schedule, p.producer().organisationId());
        long bought = r.buy(p, lot, "10", "", "", "");
        assertThat(lotFlags(p, bought, RedFlagKind.UNPAID_TAXES)).isEmpty();
        jdbc.update("update tax_due set due_on = current_date - 1 where source_id = ? and reference = 'today'", lot);
        assertThat(lotFlags(p, bought, RedFlagKind.UNPAID_TAXES)).hasSize(1);
    }

    private long taxOf(long lotId) {
        return jdbc.queryForObject("select id from tax_due where source_kind = 'PRODUCTION_LOT' and source_id = ?",
                Long.class, lotId);
    }

    private String lotNumber(long lotId) {
        return jdbc.queryForObject("select lot_number from lot where id = ?", String.class, lotId);
    }

    private void pay(SignedInUser collector, long taxId, String amount, String receipt) throws Exception {
        mvc.perform(post("/revenue/taxes/" + taxId + "/payments").with(user(collector)).with(csrf())
                        .param("amount", amount).param("currency", "USD").param("paidOn", "2009-06-01")
                        .param("receiptReference", receipt).param("payer", "Wolfram Traders")
                        .param("version", String.valueOf(jdbc.queryForObject(
                                "select version from tax_due where id = ?", Long.class, taxId))))
                .andExpect(status().is3xxRedirection());
    }

    // ---- cash payments for gold ----------------------------------------------------------------------------------

    @Test
    void goldPaidInCashAboveTheThresholdIsFlaggedAndOtherPaymentsAreNot() throws Exception {
        var r = risk();
        var p = r.parties("UG", "UG-W", Mineral.GOLD);
        var today = LocalDate.now(clock);
        long cashAbove = r.buy(p, r.produce(p, Mineral.GOLD, "0.5", today), "0.5", "CASH", "12000", "usd");
        long cashBelow = r.buy(p, r.produce(p, Mineral.GOLD, "0.3", today), "0.3", "CASH", "9999.99", "USD");
        long cashAtThreshold = r.buy(p, r.produce(p, Mineral.GOLD, "0.4", today), "0.4", "CASH", "10000", "USD");
        long bank = r.buy(p, r.produce(p, Mineral.GOLD, "1", today), "1", "BANK_TRANSFER", "50000", "USD");
        // Without a configured exchange rate a cash amount in shillings is not compared.
        long shillings = r.buy(p, r.produce(p, Mineral.GOLD, "1", today), "1", "CASH", "150000000", "UGX");

        var flags = lotFlags(p, cashAbove, RedFlagKind.CASH_PAYMENT_GOLD);
        var transfer = jdbc.queryForObject("select id from custody_transfer where received_lot_id = ?", Long.class,
                cashAbove);
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.link()).isEqualTo("/transfers/" + transfer);
            assertThat(flag.detail()).isEqualTo("12000.00 USD");
        });
        assertThat(lotFlags(p, cashBelow, RedFlagKind.CASH_PAYMENT_GOLD)).isEmpty();
        assertThat(lotFlags(p, cashAtThreshold, RedFlagKind.CASH_PAYMENT_GOLD)).hasSize(1);
        // An organisation that was not a party learns of the cash payment, not its price or the transfer.
        long outsider = jdbc.queryForObject("select min(id) from organisation where id not in (?, ?)", Long.class,
                p.exporter().organisationId(), p.producer().organisationId());
        assertThat(redFlags.of(outsider, SubjectKind.LOT, null, null, cashAbove).stream()
                .filter(f -> f.kind() == RedFlagKind.CASH_PAYMENT_GOLD)).singleElement().satisfies(flag -> {
                    assertThat(flag.link()).isNull();
                    assertThat(flag.detail()).isEmpty();
                });
        assertThat(lotFlags(p, bank, RedFlagKind.CASH_PAYMENT_GOLD)).isEmpty();
        assertThat(lotFlags(p, shillings, RedFlagKind.CASH_PAYMENT_GOLD)).isEmpty();
        // The transfer page shows the payment to both parties.
        mvc.perform(get("/transfers/" + transfer).with(user(p.producer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        messages.getMessage("transfer.paymentMethod.CASH", null, Locale.ENGLISH) + " 12000.00 USD")));
    }

    @Test
    void cassiteritePaidInCashIsNotAGoldFlag() throws Exception {
        var r = risk();
        var p = r.parties("UG", "UG-W", Mineral.CASSITERITE);
        long bought = r.buy(p, r.produce(p, Mineral.CASSITERITE, "500", LocalDate.now(clock)), "500", "CASH",
                "80000", "USD");
        assertThat(lotFlags(p, bought, RedFlagKind.CASH_PAYMENT_GOLD)).isEmpty();
    }

    @Test
    void aPaymentAmountWithoutCurrencyIsRefusedByTheFieldInFrenchKeepingWhatWasTyped() throws Exception {
        var r = risk();
        var p = r.parties("UG", "UG-W", Mineral.GOLD);
        long lot = r.produce(p, Mineral.GOLD, "0.5", LocalDate.now(clock));
        var page = mvc.perform(post("/lots/" + lot + "/sales").with(user(p.producer())).with(csrf())
                        .locale(Locale.FRENCH).param("buyerId", String.valueOf(p.exporter().organisationId()))
                        .param("massKg", "0.5").param("paymentMethod", "CASH").param("paymentAmount", "12000")
                        .param("paymentCurrency", "").param("version", String.valueOf(r.lotVersion(lot))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errorBy(page, "paymentCurrency"))
                .contains(messages.getMessage("transfer.payment.currency.required", null, Locale.FRENCH));
        var html = Jsoup.parse(page);
        assertThat(html.getElementById("paymentAmount").val()).isEqualTo("12000");
        assertThat(html.select("#paymentMethod option[selected]").val()).isEqualTo("CASH");
        assertThat(jdbc.queryForObject("select count(*) from custody_transfer where lot_id = ?", Integer.class, lot))
                .isZero();
        // A currency that is not three letters is refused too.
        page = mvc.perform(post("/lots/" + lot + "/sales").with(user(p.producer())).with(csrf())
                        .param("buyerId", String.valueOf(p.exporter().organisationId())).param("massKg", "0.5")
                        .param("paymentMethod", "CASH").param("paymentAmount", "12000")
                        .param("paymentCurrency", "dollars").param("version", String.valueOf(r.lotVersion(lot))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errorBy(page, "paymentCurrency"))
                .contains(messages.getMessage("transfer.payment.currency.invalid", null, Locale.ENGLISH));
        // An amount larger than the column holds is refused by the field, not by the database.
        page = mvc.perform(post("/lots/" + lot + "/sales").with(user(p.producer())).with(csrf())
                        .param("buyerId", String.valueOf(p.exporter().organisationId())).param("massKg", "0.5")
                        .param("paymentMethod", "CASH").param("paymentAmount", "100000000000000000000")
                        .param("paymentCurrency", "USD").param("version", String.valueOf(r.lotVersion(lot))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errorBy(page, "paymentAmount")).contains(messages.getMessage("money.too-large",
                new Object[] {org.orepass.shared.Money.MAX.toPlainString()}, Locale.ENGLISH));
    }

    // ---- incidents on the supplier and the route; transit through a CAHRA --------------------------------------

    @Test
    void aVerifiedIncidentLinkedToTheSupplierFlagsItsAssessmentAndOneLinkedToAnotherDoesNot() throws Exception {
        var r = risk();
        var p = r.parties("UG", "UG-W", Mineral.CASSITERITE);
        r.buy(p, r.produce(p, Mineral.CASSITERITE, "20", LocalDate.now(clock)), "20", "", "", "");
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        var other = fixtures.signedIn(Role.OPERATOR);
        long onSupplier = incident(monitor, p.inspector(), "UG", "UG-N", p.producer().organisationId(), 2);
        long onOther = incident(monitor, p.inspector(), "UG", "UG-N", other.organisationId(), 1);
        var flags = redFlags.of(p.exporter().organisationId(), SubjectKind.SUPPLIER, p.producer().organisationId(),
                null, null).stream().filter(f -> f.kind() == RedFlagKind.OPEN_INCIDENT).toList();
        assertThat(flags).extracting(RedFlag::link).containsExactly("/incidents/" + onSupplier)
                .doesNotContain("/incidents/" + onOther);
        assertThat(flags.get(0).subject()).isEqualTo(p.producer().organisationName());
    }

    @Test
    void aTransportThroughAListedDivisionFlagsTransitAndAnIncidentOnThatRoute() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        jdbc.update("delete from cahra_area where country = 'CD' and division = 'CD-NK'");
        mvc.perform(post("/admin/cahra").with(user(admin)).with(csrf()).param("country", "CD")
                        .param("division", "CD-NK").param("source", "EU indicative CAHRA list")
                        .param("listedOn", "2026-03-31"))
                .andExpect(status().is3xxRedirection());
        var r = risk();
        var p = r.parties("UG", "UG-W", Mineral.CASSITERITE);
        var today = LocalDate.now(clock);
        long via = r.produce(p, Mineral.CASSITERITE, "30", today);
        long direct = r.produce(p, Mineral.CASSITERITE, "30", today);
        // A bad division code is refused by the field, with what was typed kept.
        var page = transport(p.producer(), via, "XX-99").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(errorBy(page, "viaDivision")).isNotBlank();
        assertThat(Jsoup.parse(page).getElementById("viaDivision").val()).isEqualTo("XX-99");
        transport(p.producer(), via, "cd-nk").andExpect(status().is3xxRedirection());
        transport(p.producer(), direct, "").andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select via_division from custody_operation o join custody_operation_lot l"
                + " on l.operation_id = o.id where l.lot_id = ? and o.kind = 'TRANSPORTATION'", String.class, via))
                .containsExactly("CD-NK");
        mvc.perform(get("/lots/" + via).with(user(p.producer())))
                .andExpect(content().string(containsString(
                        messages.getMessage("operation.history.via", new Object[] {"CD-NK"}, Locale.ENGLISH))));
        long boughtVia = r.buy(p, via, "30", "", "", "");
        long boughtDirect = r.buy(p, direct, "30", "", "", "");

        assertThat(lotFlags(p, boughtVia, RedFlagKind.CAHRA_TRANSIT)).singleElement().satisfies(flag -> {
            assertThat(flag.link()).isEqualTo("/lots/" + via);
            assertThat(flag.detail()).contains("CD-NK").contains("EU indicative CAHRA list");
        });
        assertThat(lotFlags(p, boughtDirect, RedFlagKind.CAHRA_TRANSIT)).isEmpty();

        // A verified roadblock reported in that division (no site) is an incident on the route of the first lot.
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        var congolese = fixtures.signedIn(Role.INSPECTOR);
        congolese = new SignedInUser(congolese.id(), congolese.username(), congolese.fullName(), null,
                congolese.organisationId(), congolese.organisationName(), congolese.roles(), "CD",
                java.util.Set.of(), true, false, false, null);
        long roadblock = incident(monitor, congolese, "CD", "CD-NK", null, 1);
        assertThat(lotFlags(p, boughtVia, RedFlagKind.OPEN_INCIDENT)).extracting(RedFlag::link)
                .contains("/incidents/" + roadblock);
        assertThat(lotFlags(p, boughtDirect, RedFlagKind.OPEN_INCIDENT)).extracting(RedFlag::link)
                .doesNotContain("/incidents/" + roadblock);
        // The assessment page names the transit.
        var url = mvc.perform(post("/risk/assessments").with(user(p.exporter())).with(csrf())
                        .param("subjectKind", "LOT").param("lotId", String.valueOf(boughtVia)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(url).with(user(p.exporter())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(messages.getMessage(
                        "redflag.CAHRA_TRANSIT", new Object[] {lotNumber(via), "CD-NK, EU indicative CAHRA list"
                                + " (2026-03-31)"}, Locale.ENGLISH), "UTF-8"))));
    }

    private org.springframework.test.web.servlet.ResultActions transport(SignedInUser who, long lotId, String via)
            throws Exception {
        return mvc.perform(post("/lots/" + lotId + "/transport").with(user(who)).with(csrf())
                .param("version", String.valueOf(risk().lotVersion(lotId))).param("placeFrom", "Kisoro")
                .param("placeTo", "Kampala").param("viaDivision", via).param("carrier", "Lake Transport")
                .param("date", LocalDate.now(clock).toString()));
    }

    /** An armed-group incident reported by the monitor and verified, at a place (no site), linked or not. */
    private long incident(SignedInUser monitor, SignedInUser inspector, String country, String division,
            Long organisationId, int severity) throws Exception {
        long category = jdbc.queryForObject("select id from incident_category where code = 'ARMED_CONTROL'",
                Long.class);
        var request = post("/incidents").with(user(monitor)).with(csrf())
                .param("categoryId", String.valueOf(category)).param("severity", String.valueOf(severity))
                .param("occurredOn", LocalDate.now(clock).minusDays(2).toString())
                .param("description", "Armed men levy a toll on ore at a roadblock").param("affectedMen", "3")
                .param("country", country).param("division", division);
        if (organisationId != null) {
            request = request.param("organisationIds", String.valueOf(organisationId));
        }
        var location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/incidents/".length()));
        move(inspector, id, "UNDER_VERIFICATION");
        move(monitor, id, "VERIFIED");
        return id;
    }

    private void move(SignedInUser who, long id, String target) throws Exception {
        mvc.perform(post("/incidents/" + id + "/status").with(user(who)).with(csrf()).param("target", target)
                        .param("version", String.valueOf(jdbc.queryForObject(
                                "select version from incident where id = ?", Long.class, id)))
                        .param("reason", "checked"))
                .andExpect(status().is3xxRedirection());
    }

    // ---- the export block ----------------------------------------------------------------------------------------

    @Test
    void anExportOfLotsFromASuspendedSupplierIsRefusedNamingTheDecision() throws Exception {
        var r = risk();
        var p = r.parties("UG", "UG-W", Mineral.CASSITERITE);
        jdbc.update("update organisation set contact_name = 'Amina Nakato', contact_email = 'exports@comptoir.ug',"
                + " contact_phone = '+256 772 123456' where id = ?", p.exporter().organisationId());
        long bought = r.buy(p, r.produce(p, Mineral.CASSITERITE, "250", LocalDate.now(clock)), "250", "", "", "");
        long shipment = r.draftExport(p.exporter(), bought, LocalDate.now(clock));
        long assessment = r.assessSupplier(p.exporter(), p.producer().organisationId());
        r.decide(p.exporter(), assessment, "SUSPEND_MITIGATING").andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select decision_status from risk_assessment where id = ?", String.class,
                assessment)).isEqualTo("EFFECTIVE");

        var refused = HtmlUtils.htmlEscape(messages.getMessage("risk.blocked.export.SUPPLIER", new Object[] {
                messages.getMessage("risk.decision.SUSPEND_MITIGATING", null, Locale.ENGLISH), assessment},
                Locale.ENGLISH), "UTF-8");
        mvc.perform(post("/exports/" + shipment + "/submission").with(user(p.exporter())).with(csrf())
                        .param("version", String.valueOf(r.shipmentVersion(shipment))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(refused)));
        assertThat(jdbc.queryForObject("select status from export_shipment where id = ?", String.class, shipment))
                .isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select remaining_kg from lot where id = ?", java.math.BigDecimal.class,
                bought)).isEqualByComparingTo("250");

        // A later assessment that decides to continue lifts it once a second person signed it off (one person
        // alone cannot lift a suspension): the same shipment is submitted.
        long later = r.assessSupplier(p.exporter(), p.producer().organisationId());
        r.decide(p.exporter(), later, "CONTINUE").andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select decision_status from risk_assessment where id = ?", String.class,
                later)).isEqualTo("PENDING_SIGN_OFF");
        mvc.perform(post("/exports/" + shipment + "/submission").with(user(p.exporter())).with(csrf())
                        .param("version", String.valueOf(r.shipmentVersion(shipment))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(refused)));
        var colleague = fixtures.colleague(p.exporter(), Role.EXPORTER);
        mvc.perform(post("/risk/assessments/" + later + "/sign-off").with(user(colleague)).with(csrf())
                        .param("version", String.valueOf(jdbc.queryForObject(
                                "select version from risk_assessment where id = ?", Long.class, later))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/exports/" + shipment + "/submission").with(user(p.exporter())).with(csrf())
                        .param("version", String.valueOf(r.shipmentVersion(shipment))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from export_shipment where id = ?", String.class, shipment))
                .isNotEqualTo("DRAFT");
    }
}
