package org.orepass.web.revenue;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.custody.TagIssuing;
import org.orepass.organisation.OrganisationType;
import org.orepass.revenue.TaxAssessment;
import org.orepass.revenue.TaxDue;
import org.orepass.revenue.TaxSource;
import org.orepass.revenue.TaxType;
import org.orepass.revenue.TaxableEvent;
import org.orepass.site.Mineral;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Tax schedules, taxes due on production lots and exports, payments and their authorisation, through the pages
 * and the assessment service. Each test uses its own country, mineral and year, since schedules may not overlap
 * and every test shares one database.
 */
@PlatformTest
class RevenueIntegrationTest {

    private static final AtomicLong SOURCE_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100);

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    TaxAssessment assessment;

    private ResultActions schedule(SignedInUser who, String country, Mineral mineral, TaxType type, String rate,
            String currency, String reference, String from, String to) throws Exception {
        return mvc.perform(post("/admin/tax-schedules").with(user(who)).with(csrf())
                .param("country", country).param("mineral", mineral.name()).param("taxType", type.name())
                .param("rate", rate).param("currency", currency)
                .param("referenceValuePerKg", reference == null ? "" : reference)
                .param("taxAuthority", "Revenue Authority").param("validFrom", from)
                .param("validTo", to == null ? "" : to).param("version", "0"));
    }

    private void scheduleSaved(String country, Mineral mineral, TaxType type, String rate, String currency,
            String reference, String from, String to) throws Exception {
        schedule(fixtures.signedIn(Role.ADMIN), country, mineral, type, rate, currency, reference, from, to)
                .andExpect(status().is3xxRedirection());
    }

    private long scheduleId(String country, Mineral mineral, TaxType type, String from) {
        return jdbc.queryForObject("select id from tax_schedule where country = ? and mineral = ? and tax_type = ?"
                + " and valid_from = ?", Long.class, country, mineral.name(), type.name(), LocalDate.parse(from));
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String errorBy(String page, String field) {
        var error = Jsoup.parse(page).getElementById(field + "-error");
        assertThat(error).as("message by the field %s", field).isNotNull();
        return error.text();
    }

    private TaxableEvent export(String country, String division, String district, Mineral mineral, String kg,
            String value, String currency, String date, Long payer) {
        var id = SOURCE_IDS.incrementAndGet();
        return new TaxableEvent(TaxSource.EXPORT, id, "EXP-" + id, country, division, district, mineral,
                new BigDecimal(kg), new BigDecimal(value), currency, LocalDate.parse(date), payer);
    }

    /** An inspector whose jurisdiction is another country than the fixtures' Uganda. */
    private SignedInUser inspectorOf(String country, Set<String> divisions) {
        return fixtures.inspectorOf(country, divisions);
    }

    // ---- schedules ----------------------------------------------------------------------------------------------

    @Test
    void anAdministratorKeepsSchedulesAndAnOverlapIsRefusedByTheFieldInFrench() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        schedule(admin, "UG", Mineral.COLTAN, TaxType.EXPORT_FEE_PER_KG, "2.5", "usd", null, "2014-01-01",
                "2014-12-31").andExpect(status().is3xxRedirection());
        var id = scheduleId("UG", Mineral.COLTAN, TaxType.EXPORT_FEE_PER_KG, "2014-01-01");
        assertThat(jdbc.queryForObject("select currency from tax_schedule where id = ?", String.class, id))
                .isEqualTo("USD");

        var page = mvc.perform(post("/admin/tax-schedules").with(user(admin)).with(csrf())
                        .cookie(new Cookie("ORE_PASS_LANG", "fr"))
                        .param("country", "UG").param("mineral", "COLTAN").param("taxType", "EXPORT_FEE_PER_KG")
                        .param("rate", "3").param("currency", "USD").param("validFrom", "2014-06-01")
                        .param("validTo", "").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"fr\"")))
                .andExpect(content().string(containsString("value=\"2014-06-01\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(errorBy(page, "validFrom"))
                .contains(message("tax.schedule.overlap", Locale.FRENCH, "2014-01-01", "2014-12-31"));
        assertThat(Jsoup.parse(page).select(".error-summary a[href=#validFrom]")).hasSize(1);

        // Two administrators saving at the same moment both pass that check; the exclusion constraint stops one.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("insert into tax_schedule (country,"
                + " mineral, tax_type, rate, currency, valid_from) values ('UG', 'COLTAN', 'EXPORT_FEE_PER_KG', 3,"
                + " 'USD', date '2014-12-31')"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

        // A typo in a number stays in the form, with the message by the field.
        page = schedule(admin, "UG", Mineral.COLTAN, TaxType.EXPORT_TAX, "3,5x", "USD", null, "2015-01-01", null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // The field's own message, with an example (issue 16), not "not in the expected format".
        assertThat(errorBy(page, "rate")).contains(message("field.taxScheduleForm.rate", Locale.ENGLISH));
        assertThat(page).contains("value=\"3,5x\"");

        // Edit with the version opened; a second edit from the same stale page is refused.
        mvc.perform(post("/admin/tax-schedules/" + id).with(user(admin)).with(csrf())
                        .param("country", "UG").param("mineral", "COLTAN").param("taxType", "EXPORT_FEE_PER_KG")
                        .param("rate", "2.75").param("currency", "USD").param("validFrom", "2014-01-01")
                        .param("validTo", "2014-12-31").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select rate from tax_schedule where id = ?", BigDecimal.class, id))
                .isEqualByComparingTo("2.75");
        page = mvc.perform(post("/admin/tax-schedules/" + id).with(user(admin)).with(csrf())
                        .param("country", "UG").param("mineral", "COLTAN").param("taxType", "EXPORT_FEE_PER_KG")
                        .param("rate", "9").param("currency", "USD").param("validFrom", "2014-01-01")
                        .param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(message("edit.stale", Locale.ENGLISH));

        // Once a tax was assessed with it, its computation is fixed: it can only be closed.
        assessment.assess(export("UG", "UG-W", null, Mineral.COLTAN, "10", "1000", "USD", "2014-03-01",
                admin.organisationId()));
        page = mvc.perform(post("/admin/tax-schedules/" + id).with(user(admin)).with(csrf())
                        .param("country", "UG").param("mineral", "COLTAN").param("taxType", "EXPORT_FEE_PER_KG")
                        .param("rate", "9").param("currency", "USD").param("validFrom", "2014-01-01")
                        .param("validTo", "2014-12-31").param("version", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(message("tax.schedule.used", Locale.ENGLISH));
        mvc.perform(post("/admin/tax-schedules/" + id).with(user(admin)).with(csrf())
                        .param("country", "UG").param("mineral", "COLTAN").param("taxType", "EXPORT_FEE_PER_KG")
                        .param("rate", "2.75").param("currency", "USD").param("validFrom", "2014-01-01")
                        .param("validTo", "2014-09-30").param("version", "1"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/admin/tax-schedules/new").with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/tax-schedules/" + id).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2014-09-30\"")));
        mvc.perform(get("/admin/tax-schedules/999999999").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/tax-schedules").param("country", "UG").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/tax-schedules/" + id + "\"")))
                // The list reads its dates in the reader's format (issue 16).
                .andExpect(content().string(containsString("30 Sep 2014")));
    }

    @Test
    void onlyAdministratorsEditSchedulesAndInspectorsAndAuditorsReadThem() throws Exception {
        var operator = fixtures.signedIn(Role.OPERATOR);
        mvc.perform(get("/admin/tax-schedules").with(user(operator))).andExpect(status().isForbidden());
        schedule(operator, "UG", Mineral.GOLD_ORE, TaxType.FEE_PER_KG, "1", "UGX", null, "2017-01-01", null)
                .andExpect(status().isForbidden());
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        schedule(inspector, "UG", Mineral.GOLD_ORE, TaxType.FEE_PER_KG, "1", "UGX", null, "2017-01-01", null)
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from tax_schedule where mineral = 'GOLD_ORE'"
                + " and valid_from = date '2017-01-01'", Long.class)).isZero();
        mvc.perform(get("/admin/tax-schedules/new").with(user(inspector))).andExpect(status().isForbidden());
        for (var reader : List.of(inspector, fixtures.signedIn(Role.AUDITOR), fixtures.signedIn(Role.ADMIN))) {
            mvc.perform(get("/revenue/tax-schedules").with(user(reader))).andExpect(status().isOk());
        }
        mvc.perform(get("/revenue/tax-schedules").with(user(inspector)))
                .andExpect(content().string(not(containsString("/admin/tax-schedules/new"))));
        for (var other : List.of(operator, fixtures.signedIn(Role.EXPORTER), fixtures.signedIn(Role.CSO_MONITOR))) {
            mvc.perform(get("/revenue/tax-schedules").with(user(other))).andExpect(status().isForbidden());
            mvc.perform(get("/revenue/reports").with(user(other))).andExpect(status().isForbidden());
        }
    }

    // ---- taxes due ----------------------------------------------------------------------------------------------

    private long site(SignedInUser inspector, Long ownerId) throws Exception {
        var location = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", AccountFixtures.unique("Tin pit")).param("country", "UG")
                        .param("division", "UG-W").param("locality", "Kisoro").param("latitude", "-1.2833")
                        .param("longitude", "29.6947").param("minerals", "CASSITERITE")
                        .param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                        .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT")
                        .param("licenceNumber", "AP-" + System.nanoTime()).param("workersMen", "40")
                        .param("ownerId", String.valueOf(ownerId)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var id = Long.parseLong(location.substring("/sites/".length()));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", id);
        return id;
    }

    private long produce(SignedInUser operator, long siteId, String tag, String kg, String date) throws Exception {
        var url = mvc.perform(post("/lots").param("site", String.valueOf(siteId)).with(user(operator)).with(csrf())
                        .param("tagNumber", tag).param("mineral", "CASSITERITE").param("mass", kg)
                        .param("unit", "KGM").param("productionDate", date))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring("/lots/".length()));
    }

    private BigDecimal amount(TaxSource kind, long sourceId, TaxType type) {
        return jdbc.queryForObject("select amount from tax_due where source_kind = ? and source_id = ?"
                + " and tax_type = ?", BigDecimal.class, kind.name(), sourceId, type.name());
    }

    private long taxCount(TaxSource kind, long sourceId) {
        return jdbc.queryForObject("select count(*) from tax_due where source_kind = ? and source_id = ?",
                Long.class, kind.name(), sourceId);
    }

    @Test
    void aProductionLotIsTaxedWithEverySchedulesValidOnItsDate() throws Exception {
        // Uganda, cassiterite, 2011: the royalty rises on 1 July; the fee stays; the export tax is not for lots.
        scheduleSaved("UG", Mineral.CASSITERITE, TaxType.ROYALTY, "3", "UGX", "40000", "2011-01-01", "2011-06-30");
        scheduleSaved("UG", Mineral.CASSITERITE, TaxType.ROYALTY, "4", "UGX", "42000", "2011-07-01", "2011-12-31");
        scheduleSaved("UG", Mineral.CASSITERITE, TaxType.FEE_PER_KG, "500", "UGX", null, "2011-01-01", "2011-12-31");
        scheduleSaved("UG", Mineral.CASSITERITE, TaxType.EXPORT_TAX, "2", "USD", null, "2011-01-01", "2011-12-31");
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var operator = fixtures.signedIn(Role.OPERATOR);
        var siteId = site(inspector, operator.organisationId());
        var prefix = ("R" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + siteId + "/tags").with(user(inspector)).with(csrf()).param("prefix", prefix)
                .param("from", "1").param("to", "3")).andExpect(status().is3xxRedirection());

        // Last day of the first royalty: 250.5 kg × 40,000 UGX × 3 % = 300,600; fee 250.5 × 500 = 125,250.
        var first = produce(operator, siteId, TagIssuing.number(prefix, 1), "250.5", "2011-06-30");
        assertThat(taxCount(TaxSource.PRODUCTION_LOT, first)).isEqualTo(2);
        assertThat(amount(TaxSource.PRODUCTION_LOT, first, TaxType.ROYALTY)).isEqualByComparingTo("300600.00");
        assertThat(amount(TaxSource.PRODUCTION_LOT, first, TaxType.FEE_PER_KG)).isEqualByComparingTo("125250.00");
        var row = jdbc.queryForMap("select division, district, payer_id, currency, status, due_on from tax_due"
                + " where source_kind = 'PRODUCTION_LOT' and source_id = ? and tax_type = 'ROYALTY'", first);
        assertThat(row).containsEntry("division", "UG-W").containsEntry("district", "Kisoro")
                .containsEntry("payer_id", operator.organisationId()).containsEntry("currency", "UGX")
                .containsEntry("status", "DUE");
        // First day of the second: 100 kg × 42,000 × 4 % = 168,000; fee 50,000.
        var second = produce(operator, siteId, TagIssuing.number(prefix, 2), "100", "2011-07-01");
        assertThat(amount(TaxSource.PRODUCTION_LOT, second, TaxType.ROYALTY)).isEqualByComparingTo("168000.00");
        assertThat(amount(TaxSource.PRODUCTION_LOT, second, TaxType.FEE_PER_KG)).isEqualByComparingTo("50000.00");
        // No schedule for 2012: no tax, and the lot is still recorded.
        var third = produce(operator, siteId, TagIssuing.number(prefix, 3), "10", "2012-01-01");
        assertThat(taxCount(TaxSource.PRODUCTION_LOT, third)).isZero();

        // Assessing the lot again (a replayed event) adds nothing.
        var again = assessment.assess(new TaxableEvent(TaxSource.PRODUCTION_LOT, first, "again", "UG", "UG-W",
                "Kisoro", Mineral.CASSITERITE, new BigDecimal("250.5"), null, null, LocalDate.of(2011, 6, 30),
                operator.organisationId()));
        assertThat(again).hasSize(2);
        assertThat(taxCount(TaxSource.PRODUCTION_LOT, first)).isEqualTo(2);

        // The lot page and the payer's list show the taxes.
        mvc.perform(get("/lots/" + first).with(user(operator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("tax.lot.title", Locale.ENGLISH))))
                .andExpect(content().string(containsString("300,600.00 UGX")));
        var lotNumber = jdbc.queryForObject("select lot_number from lot where id = ?", String.class, first);
        mvc.perform(get("/revenue/taxes").param("reference", lotNumber).with(user(operator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(lotNumber)))
                .andExpect(content().string(containsString("125,250.00 UGX")));
    }

    @Test
    void anExportIsTaxedOnItsDeclaredValueOnceAndNotWithRoyalties() {
        scheduleSavedQuietly("UG", Mineral.GOLD, TaxType.EXPORT_TAX, "2", "USD", null, "2012-01-01", "2012-06-30");
        scheduleSavedQuietly("UG", Mineral.GOLD, TaxType.EXPORT_FEE_PER_KG, "0.5", "USD", null, "2012-01-01",
                "2012-12-31");
        scheduleSavedQuietly("UG", Mineral.GOLD, TaxType.ROYALTY, "5", "UGX", "150000000", "2012-01-01",
                "2012-12-31");
        var payer = fixtures.organisation(OrganisationType.EXPORTER).getId();
        // 2 % of 600,000 USD = 12,000; 10.25 kg × 0.5 = 5.125 → 5.13.
        var event = export("UG", "UG-W", null, Mineral.GOLD, "10.25", "600000", "USD", "2012-06-30", payer);
        var dues = assessment.assess(event);
        assertThat(dues).extracting(TaxDue::getTaxType)
                .containsExactlyInAnyOrder(TaxType.EXPORT_TAX, TaxType.EXPORT_FEE_PER_KG);
        assertThat(amount(TaxSource.EXPORT, event.sourceId(), TaxType.EXPORT_TAX)).isEqualByComparingTo("12000.00");
        assertThat(amount(TaxSource.EXPORT, event.sourceId(), TaxType.EXPORT_FEE_PER_KG))
                .isEqualByComparingTo("5.13");
        assertThat(assessment.assess(event)).extracting(TaxDue::getId)
                .containsExactlyInAnyOrderElementsOf(dues.stream().map(TaxDue::getId).toList());
        assertThat(taxCount(TaxSource.EXPORT, event.sourceId())).isEqualTo(2);
        // The day after the export tax ends, only the fee applies.
        var later = export("UG", "UG-W", null, Mineral.GOLD, "2", "1000", "USD", "2012-07-01", payer);
        assertThat(assessment.assess(later)).extracting(TaxDue::getTaxType)
                .containsExactly(TaxType.EXPORT_FEE_PER_KG);
    }

    private void scheduleSavedQuietly(String country, Mineral mineral, TaxType type, String rate, String currency,
            String reference, String from, String to) {
        try {
            scheduleSaved(country, mineral, type, rate, currency, reference, from, to);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- payments -----------------------------------------------------------------------------------------------

    private ResultActions pay(SignedInUser who, long taxId, String amount, String receipt, long version)
            throws Exception {
        return mvc.perform(post("/revenue/taxes/" + taxId + "/payments").with(user(who)).with(csrf())
                .param("amount", amount).param("currency", "USD").param("paidOn", "2016-05-02")
                .param("receiptReference", receipt).param("payer", "Kisoro Exports Ltd")
                .param("version", String.valueOf(version)));
    }

    private long version(long taxId) {
        return jdbc.queryForObject("select version from tax_due where id = ?", Long.class, taxId);
    }

    @Test
    void inspectorsOfTheJurisdictionCollectPaymentsAndNobodyPaysTooMuch() throws Exception {
        scheduleSaved("UG", Mineral.GOLD, TaxType.EXPORT_TAX, "10", "USD", null, "2016-01-01", "2016-12-31");
        var exporter = fixtures.signedIn(Role.EXPORTER);
        var event = export("UG", "UG-W", null, Mineral.GOLD, "10", "1000", "USD", "2016-04-30",
                exporter.organisationId());
        var taxId = assessment.assess(event).get(0).getId();
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var receipt = AccountFixtures.unique("URA");

        mvc.perform(get("/revenue/taxes/" + taxId).with(user(inspector)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("100.00 USD")))
                .andExpect(content().string(containsString("/revenue/taxes/" + taxId + "/payments")));
        pay(inspector, taxId, "40", receipt + "-1", version(taxId)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from tax_due where id = ?", String.class, taxId))
                .isEqualTo("PARTLY_PAID");

        var page = pay(inspector, taxId, "70", receipt + "-2", version(taxId)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(errorBy(page, "amount")).contains(message("tax.payment.too-much", Locale.ENGLISH, "60.00", "USD"));
        assertThat(page).contains("value=\"70\"");
        page = pay(inspector, taxId, "10", receipt + "-1", version(taxId)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(errorBy(page, "receiptReference")).contains(message("tax.payment.receipt.taken", Locale.ENGLISH));
        page = pay(inspector, taxId, "10", receipt + "-3", version(taxId) - 1).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(message("tax.payment.stale", Locale.ENGLISH));

        // Inspectors of another country, or of other divisions, neither see nor collect it; operators cannot post.
        var rwandan = inspectorOf("RW", Set.of());
        mvc.perform(get("/revenue/taxes/" + taxId).with(user(rwandan))).andExpect(status().isNotFound());
        pay(rwandan, taxId, "10", receipt + "-4", version(taxId)).andExpect(status().isNotFound());
        var eastern = inspectorOf("UG", Set.of("UG-E"));
        mvc.perform(get("/revenue/taxes/" + taxId).with(user(eastern))).andExpect(status().isNotFound());
        mvc.perform(get("/revenue/taxes").param("reference", event.reference()).with(user(rwandan)))
                .andExpect(content().string(not(containsString("/revenue/taxes/" + taxId + "\""))));
        pay(fixtures.signedIn(Role.OPERATOR), taxId, "10", receipt + "-5", version(taxId))
                .andExpect(status().isForbidden());
        // The payer sees its tax and payments but records nothing; another organisation does not see it.
        pay(exporter, taxId, "10", receipt + "-6", version(taxId)).andExpect(status().isForbidden());
        mvc.perform(get("/revenue/taxes/" + taxId).with(user(exporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(receipt + "-1")))
                .andExpect(content().string(not(containsString("/revenue/taxes/" + taxId + "/payments"))));
        mvc.perform(get("/revenue/taxes").with(user(exporter)))
                .andExpect(content().string(containsString("/revenue/taxes/" + taxId + "\"")));
        var stranger = fixtures.signedIn(Role.EXPORTER);
        mvc.perform(get("/revenue/taxes").with(user(stranger)))
                .andExpect(content().string(not(containsString("/revenue/taxes/" + taxId + "\""))));
        mvc.perform(get("/revenue/taxes/" + taxId).with(user(stranger))).andExpect(status().isNotFound());

        pay(inspector, taxId, "60.00", receipt + "-7", version(taxId)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select status, paid_amount from tax_due where id = ?", taxId))
                .containsEntry("status", "PAID");
        assertThat(jdbc.queryForObject("select count(*) from tax_payment where tax_due_id = ?", Long.class, taxId))
                .isEqualTo(2);
        // Recorded payments are audited like every entity.
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'TaxPayment'"
                + " and actor = ?", Long.class, inspector.username())).isEqualTo(2);
    }
}
