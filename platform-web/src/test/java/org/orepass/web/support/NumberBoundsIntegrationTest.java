package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.site.Mineral;
import org.orepass.custody.TagIssuing;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.account.Actor;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.Licence;
import org.orepass.site.MiningType;
import org.orepass.site.SiteDetails;
import org.orepass.site.SiteRegistration;
import org.orepass.web.export.ExportFixtures;
import org.orepass.web.export.ExportTaxSchedules;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15, "Numbers": every amount, mass, percentage and count of the main forms and of the ICGLR lot API is
 * bounded to what its column holds. Values too large, below zero, finer than the column, not numbers at all, or
 * with an exponent no column could hold are refused next to the field (pages) or with a 400 naming the field (API),
 * never with a 500, and nothing is stored.
 */
@PlatformTest
class NumberBoundsIntegrationTest {

    /** What a careless or hostile hand types into a number field. */
    static final List<String> EXTREMES = List.of("1e20", "-1", "0.0001", "NaN", "1e999999999", "-1e999999999",
            "1e-999999999", "123456789012345678901234567890", "Infinity");
    /**
     * Coordinates: -1 and 0.0001 are places on Earth, the rest are not (a GPS reading with more than the six
     * decimals kept is rounded, not refused).
     */
    static final List<String> COORDINATE_EXTREMES = List.of("1e20", "NaN", "1e999999999", "-1e999999999",
            "Infinity", "180.0000001");
    /** A tax rate keeps four decimals (numeric(14, 4)): 0.0001 is a rate, 0.00001 is not. */
    static final List<String> RATE_EXTREMES = EXTREMES.stream().map(v -> v.equals("0.0001") ? "0.00001" : v)
            .toList();
    /** Metres, to the decimetre: -1 is below the sea, 9001 above any mine. */
    static final List<String> ALTITUDE_EXTREMES = List.of("1e20", "0.01", "NaN", "1e999999999", "-1e999999999",
            "1e-999999999", "9001", "Infinity");

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired JsonMapper json;
    @Autowired TokenIssuing tokens;
    @Autowired OrganisationAdministration organisations;
    @Autowired SiteRegistration registration;
    @Autowired TagIssuing issuing;

    /** Posts each value into the field and asserts the form came back with an error on that field, unchanged. */
    private void refusedOnThePage(String form, String field, List<String> values,
            Function<String, MockHttpServletRequestBuilder> request, Supplier<Object> state) throws Exception {
        for (var value : values) {
            var before = state.get();
            var result = mvc.perform(request.apply(value)).andReturn();
            var what = form + "." + field + " = " + value;
            assertThat(result.getResponse().getStatus()).as(what).isEqualTo(200);
            var binding = (BindingResult) result.getModelAndView().getModel()
                    .get(BindingResult.MODEL_KEY_PREFIX + form);
            assertThat(binding).as(what).isNotNull();
            // A map entry (capacity[GOLD]) may be refused by its map as a whole.
            var errors = new java.util.ArrayList<>(binding.getFieldErrors(field));
            if (field.contains("[")) {
                errors.addAll(binding.getFieldErrors(field.substring(0, field.indexOf('['))));
            }
            assertThat(errors).as(what + ": " + binding.getAllErrors()).isNotEmpty();
            assertThat(state.get()).as(what + ": nothing stored").isEqualTo(before);
        }
    }

    private static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, Map<String, String> params,
            String field, String value) {
        params.forEach((name, typed) -> request.param(name, name.equals(field) ? value : typed));
        if (!params.containsKey(field)) {
            request.param(field, value);
        }
        return request;
    }

    private record Holding(SignedInUser operator, SignedInUser inspector, long siteId, long lotId, String prefix) {
    }

    /** A green wolframite site of an operator-exporter with a 100 kg lot and unused tags 2-5. */
    private Holding holding(ExportFixtures exports) throws Exception {
        new ExportTaxSchedules(jdbc, clock).royaltyRate();
        var submitted = exports.submitted(true, ExportTaxSchedules.MINERAL);
        var prefix = ("N" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + submitted.siteId() + "/tags").with(user(submitted.inspector())).with(csrf())
                .param("prefix", prefix).param("from", "1").param("to", "5")).andExpect(status().is3xxRedirection());
        var lot = mvc.perform(post("/lots").param("site", String.valueOf(submitted.siteId()))
                        .with(user(submitted.exporter())).with(csrf()).param("tagNumber", TagIssuing.number(prefix, 1))
                        .param("mineral", ExportTaxSchedules.MINERAL).param("mass", "100").param("unit", "KGM")
                        .param("concentration", "60").param("productionDate", LocalDate.now(clock).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return new Holding(submitted.exporter(), submitted.inspector(), submitted.siteId(),
                Long.parseLong(lot.substring("/lots/".length())), prefix);
    }

    private long lotVersion(long lotId) {
        return jdbc.queryForObject("select version from lot where id = ?", Long.class, lotId);
    }

    @Test
    void custodyFormsRefuseExtremeMassesAmountsGradesAndCounts() throws Exception {
        var h = holding(new ExportFixtures(mvc, fixtures, jdbc, clock));
        var tag = TagIssuing.number(h.prefix(), 2);
        Supplier<Object> tagState = () -> jdbc.queryForObject("select status from custody_tag where number = ?",
                String.class, tag);
        var production = Map.of("site", String.valueOf(h.siteId()), "tagNumber", tag, "mineral",
                ExportTaxSchedules.MINERAL, "mass", "20", "unit", "KGM", "concentration", "60", "packageCount", "2",
                "productionDate", LocalDate.now(clock).toString());
        for (var field : List.of("mass", "concentration", "packageCount")) {
            refusedOnThePage("form", field, EXTREMES,
                    v -> with(post("/lots").with(user(h.operator())).with(csrf()), production, field, v), tagState);
        }
        // A mass in tonnes is bounded in kilograms too: 1e8 t is 1e11 kg, more than any lot.
        refusedOnThePage("form", "mass", List.of("100000000"), v -> with(post("/lots").with(user(h.operator()))
                .with(csrf()), Map.of("site", String.valueOf(h.siteId()), "tagNumber", tag, "mineral",
                ExportTaxSchedules.MINERAL, "unit", "TNE", "productionDate", LocalDate.now(clock).toString()),
                "mass", v), tagState);

        var buyer = fixtures.signedIn(Role.EXPORTER);
        Supplier<Object> remaining = () -> jdbc.queryForObject("select remaining_kg from lot where id = ?",
                BigDecimal.class, h.lotId()).stripTrailingZeros();
        for (var field : List.of("massKg", "paymentAmount")) {
            refusedOnThePage("saleForm", field, EXTREMES, v -> with(post("/lots/" + h.lotId() + "/sales")
                    .with(user(h.operator())).with(csrf()), Map.of("buyerId", String.valueOf(buyer.organisationId()),
                    "massKg", "10", "version", String.valueOf(lotVersion(h.lotId())), "paymentMethod", "CASH",
                    "paymentAmount", "100", "paymentCurrency", "USD"), field, v), remaining);
        }
        refusedOnThePage("saleForm", "paymentCurrency", List.of("NaN", "XYZ", "usd1", "1e20"),
                v -> with(post("/lots/" + h.lotId() + "/sales").with(user(h.operator())).with(csrf()),
                        Map.of("buyerId", String.valueOf(buyer.organisationId()), "massKg", "10", "version",
                                String.valueOf(lotVersion(h.lotId())), "paymentMethod", "CASH", "paymentAmount",
                                "100"), "paymentCurrency", v), remaining);

        mvc.perform(post("/lots/" + h.lotId() + "/sales").with(user(h.operator())).with(csrf())
                        .param("buyerId", String.valueOf(buyer.organisationId())).param("massKg", "10")
                        .param("version", String.valueOf(lotVersion(h.lotId()))))
                .andExpect(status().is3xxRedirection());
        var transferId = jdbc.queryForObject("select max(id) from custody_transfer where lot_id = ?", Long.class,
                h.lotId());
        refusedOnThePage("receiptForm", "massKg", EXTREMES, v -> post("/transfers/" + transferId + "/receipt")
                .with(user(buyer)).with(csrf()).param("massKg", v), () -> jdbc.queryForObject(
                "select status from custody_transfer where id = ?", String.class, transferId));

        Supplier<Object> shipments = () -> jdbc.queryForObject(
                "select count(*) from export_shipment where exporter_id = ?", Long.class,
                h.operator().organisationId());
        var shipment = Map.ofEntries(Map.entry("importerName", "Refinery Europe BV"),
                Map.entry("importerAddress", "Havenstraat 1, Rotterdam"), Map.entry("importerCountry", "NL"),
                Map.entry("destinationCountry", "NL"), Map.entry("mineral", ExportTaxSchedules.MINERAL),
                Map.entry("declaredMass", "50"), Map.entry("declaredUnit", "KGM"), Map.entry("grade", "60"),
                Map.entry("declaredValue", "4600"), Map.entry("currency", "USD"), Map.entry("transportMode", "ROAD"),
                Map.entry("lots[" + h.lotId() + "]", "50"));
        for (var field : List.of("declaredMass", "grade", "declaredValue", "lots[" + h.lotId() + "]")) {
            refusedOnThePage("form", field, EXTREMES,
                    v -> with(post("/exports").with(user(h.operator())).with(csrf()), shipment, field, v), shipments);
        }
        refusedOnThePage("form", "currency", List.of("NaN", "XYZ"),
                v -> with(post("/exports").with(user(h.operator())).with(csrf()), shipment, "currency", v),
                shipments);

        var today = LocalDate.now(clock).toString();
        Supplier<Object> madeFrom = () -> List.of(remaining.get(), jdbc.queryForObject(
                "select count(*) from lot_input where input_lot_id = ?", Long.class, h.lotId()));
        for (var field : List.of("parts[0].massKg", "parts[0].concentration", "parts[0].packageCount")) {
            refusedOnThePage("form", field, EXTREMES, v -> with(post("/lots/" + h.lotId() + "/split")
                    .with(user(h.operator())).with(csrf()), Map.of("version", String.valueOf(lotVersion(h.lotId())),
                    "date", today, "parts[0].massKg", "5", "parts[0].concentration", "60",
                    "parts[0].packageCount", "1"), field, v), madeFrom);
        }
        for (var field : List.of("inputs[0].massKg", "lossKg")) {
            refusedOnThePage("form", field, EXTREMES, v -> with(post("/lots/" + h.lotId() + "/processing")
                    .with(user(h.operator())).with(csrf()), Map.of("date", today, "inputs[0].lotId",
                    String.valueOf(h.lotId()), "inputs[0].version", String.valueOf(lotVersion(h.lotId())),
                    "inputs[0].selected", "true", "inputs[0].massKg", "90", "parts[0].massKg", "80", "lossKg", "10"),
                    field, v), madeFrom);
        }
    }

    @Test
    void revenueFormsRefuseExtremeAmountsAndRates() throws Exception {
        var exports = new ExportFixtures(mvc, fixtures, jdbc, clock);
        var h = holding(exports);
        var tax = jdbc.queryForMap("select id, version from tax_due where source_kind = 'PRODUCTION_LOT'"
                + " and source_id = ?", h.lotId());
        var taxId = ((Number) tax.get("id")).longValue();
        refusedOnThePage("form", "amount", EXTREMES, v -> post("/revenue/taxes/" + taxId + "/payments")
                .with(user(h.inspector())).with(csrf()).param("amount", v).param("currency", "USD")
                .param("paidOn", LocalDate.now(clock).toString()).param("receiptReference", "URA-" + System.nanoTime())
                .param("payer", "Comptoir").param("version", String.valueOf(tax.get("version"))),
                () -> jdbc.queryForObject("select paid_amount from tax_due where id = ?", BigDecimal.class, taxId));
        refusedOnThePage("form", "currency", List.of("NaN", "XYZ"), v -> post("/revenue/taxes/" + taxId
                + "/payments").with(user(h.inspector())).with(csrf()).param("amount", "1").param("currency", v)
                .param("paidOn", LocalDate.now(clock).toString()).param("receiptReference", "URA-" + System.nanoTime())
                .param("payer", "Comptoir").param("version", String.valueOf(tax.get("version"))),
                () -> jdbc.queryForObject("select paid_amount from tax_due where id = ?", BigDecimal.class, taxId));

        var admin = fixtures.signedIn(Role.ADMIN);
        Supplier<Object> schedules = () -> jdbc.queryForObject("select count(*) from tax_schedule", Long.class);
        // Coltan in a country no other test taxes, far in the past: nothing overlaps, so only the number is judged.
        var schedule = Map.of("country", "BI", "mineral", "COLTAN", "taxType", "ROYALTY", "rate", "3",
                "currency", "USD", "referenceValuePerKg", "20", "validFrom", "1995-01-01", "validTo", "1995-12-31",
                "version", "0");
        refusedOnThePage("form", "rate", RATE_EXTREMES, v -> with(post("/admin/tax-schedules")
                .with(user(admin)).with(csrf()), schedule, "rate", v), schedules);
        refusedOnThePage("form", "referenceValuePerKg", EXTREMES, v -> with(post("/admin/tax-schedules")
                .with(user(admin)).with(csrf()), schedule, "referenceValuePerKg", v), schedules);
        var perKg = new java.util.HashMap<>(schedule);
        perKg.put("taxType", "EXPORT_FEE_PER_KG");
        perKg.remove("referenceValuePerKg");
        refusedOnThePage("form", "rate", RATE_EXTREMES, v -> with(post("/admin/tax-schedules")
                .with(user(admin)).with(csrf()), perKg, "rate", v), schedules);
        refusedOnThePage("form", "currency", List.of("NaN", "XYZ"), v -> with(post("/admin/tax-schedules")
                .with(user(admin)).with(csrf()), schedule, "currency", v), schedules);

        Supplier<Object> thresholds = () -> jdbc.queryForObject("select count(*) from eu_import_threshold",
                Long.class);
        refusedOnThePage("form", "thresholdKg", EXTREMES, v -> post("/admin/eu-thresholds")
                .with(user(admin)).with(csrf()).param("cnCode", "2615 90 10").param("description", "Bounds test")
                .param("thresholdKg", v).param("source", "Regulation (EU) 2017/821, Annex I"), thresholds);
    }

    @Test
    void theSiteFormRefusesExtremeCoordinatesCountsAndCapacities() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var owner = fixtures.signedIn(Role.OPERATOR);
        var name = AccountFixtures.unique("Bounds pit");
        var site = Map.ofEntries(Map.entry("name", name), Map.entry("country", "UG"), Map.entry("division", "UG-W"),
                Map.entry("locality", "Kisoro"), Map.entry("latitude", "-1.2833"), Map.entry("longitude", "29.6947"),
                Map.entry("minerals", "CASSITERITE"), Map.entry("activityStatus", "ACTIVE"),
                Map.entry("miningType", "ARTISANAL"), Map.entry("formalisationStage", "LICENSED"),
                Map.entry("licenceType", "ARTISANAL_PERMIT"), Map.entry("licenceNumber", "AP-" + System.nanoTime()),
                Map.entry("workersMen", "40"), Map.entry("workersWomen", "12"),
                Map.entry("capacity[CASSITERITE]", "100000"), Map.entry("ownerId",
                        String.valueOf(owner.organisationId())));
        Supplier<Object> named = () -> jdbc.queryForObject("select count(*) from mine_site where name = ?",
                Long.class, name);
        for (var field : List.of("latitude", "longitude")) {
            refusedOnThePage("form", field, COORDINATE_EXTREMES,
                    v -> with(post("/sites").with(user(inspector)).with(csrf()), site, field, v), named);
        }
        refusedOnThePage("form", "altitude", ALTITUDE_EXTREMES,
                v -> with(post("/sites").with(user(inspector)).with(csrf()), site, "altitude", v), named);
        for (var field : List.of("workersMen", "workersWomen", "capacity[CASSITERITE]")) {
            refusedOnThePage("form", field, EXTREMES,
                    v -> with(post("/sites").with(user(inspector)).with(csrf()), site, field, v), named);
        }
    }

    @Test
    void theIncidentFormRefusesExtremeCounts() throws Exception {
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        var description = AccountFixtures.unique("Bounds incident");
        var incident = Map.of("categoryId", String.valueOf(jdbc.queryForObject(
                "select id from incident_category where code = 'BRIBERY'", Long.class)), "severity", "1",
                "occurredOn", LocalDate.now(clock).minusDays(2).toString(), "description", description,
                "country", "UG", "division", "UG-W", "locality", "Kisoro town", "affectedWomen", "1",
                "affectedBoys", "2");
        Supplier<Object> stored = () -> jdbc.queryForObject("select count(*) from incident where description = ?",
                Long.class, description);
        for (var field : List.of("severity", "affectedWomen", "affectedMen", "affectedGirls", "affectedBoys")) {
            refusedOnThePage("form", field, EXTREMES, v -> with(post("/incidents").with(user(monitor)).with(csrf()),
                    incident, field, v), stored);
        }
    }

    @Test
    void theIcglrLotApiRefusesExtremeNumbersWithA400NamingTheField() throws Exception {
        var inspectorAccount = fixtures.user(Role.INSPECTOR);
        var operatorAccount = fixtures.user(Role.OPERATOR);
        var operator = SignedInUser.of(operatorAccount, false).actor();
        var token = "Bearer " + tokens.issue(operatorAccount.getUsername(), "test").value();
        for (var id : List.of(SignedInUser.of(inspectorAccount, false).actor().organisationId(),
                operator.organisationId())) {
            var o = organisations.get(id);
            organisations.edit(o.getId(), o.getVersion(), new OrganisationDetails(o.getName(), o.getType(),
                    o.getCountry(), o.getDivision(), o.getTaxId(), "Kisoro town", "Grace Tumusiime",
                    "grace@kisoro-coop.org", "+256 772 123 456"));
        }
        var admin = new Actor("admin-test", null, Set.of(Role.ADMIN), null, Set.of());
        var site = registration.register(admin, new SiteDetails(AccountFixtures.unique("Tin pit"),
                AccountFixtures.unique("UG"), "UG", "UG-W", "Kisoro", new BigDecimal("-1.2833"),
                new BigDecimal("29.6947"), null, operator.organisationId(), Set.of(), Set.of(Mineral.CASSITERITE),
                ActivityStatus.ACTIVE, MiningType.ARTISANAL, FormalisationStage.LICENSED, 10, 5, 0, 0, 0, false,
                Map.of(Mineral.CASSITERITE, new BigDecimal("1000")), new SiteDetails.LicenceDetails(
                        Licence.Type.ARTISANAL_PERMIT, "AP-1", LocalDate.of(2024, 1, 1), LocalDate.of(2030, 1, 1)),
                false));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", site.getId());
        var prefix = ("B" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        issuing.issue(SignedInUser.of(inspectorAccount, false).actor(), site.getId(), prefix, 1, 1);
        var tag = TagIssuing.number(prefix, 1);
        var document = json.createObjectNode();
        document.put("mineral", "2609.00.00");
        document.put("concentration", 62.5);
        document.put("mass", 50);
        document.put("unitOfMeasurement", "KGM");
        document.put("packageType", "Bag");
        document.put("nrOfPackages", 2);
        document.put("mineSiteId", site.getIcglrId().value());
        document.putArray("creatorRole").add(1);
        document.putArray("originatingOperation").add(1);
        var tagDocument = document.putObject("tag");
        tagDocument.put("identifier", tag).put("issueDate", "2026-01-01").put("issueTime", "080000");
        tagDocument.putObject("issuer").put("identifier", "gov").put("name", "Mines").put("tin", "N/A")
                .putObject("contactDetails").put("legalRepresentative", "A. B.")
                .put("contactPhoneNumber", "+256700000000").put("contactEmail", "mines@gov.ug");
        document.put("dateSealed", LocalDate.now(clock).toString());
        var lawful = json.writeValueAsString(document);
        var hostile = List.of("1e20", "-1", "0.0001", "\"NaN\"", "1e999999999", "-1e999999999", "1e-999999999",
                "123456789012345678901234567890");
        for (var field : List.of("mass", "concentration", "nrOfPackages")) {
            var typed = field.equals("mass") ? "50" : field.equals("concentration") ? "62.5" : "2";
            for (var value : hostile) {
                var text = lawful.replace("\"" + field + "\":" + typed, "\"" + field + "\":" + value);
                assertThat(text).as(field).isNotEqualTo(lawful);
                var response = mvc.perform(post("/api/icglr/v1/lots").contentType(MediaType.APPLICATION_JSON)
                        .content(text).header("Authorization", token).accept(MediaType.APPLICATION_JSON))
                        .andReturn().getResponse();
                var what = field + " = " + value + ": " + response.getContentAsString();
                assertThat(response.getStatus()).as(what).isEqualTo(400);
                assertThat(json.readTree(response.getContentAsString()).path("details").path("problems")
                        .findValuesAsString("field")).as(what).contains(field);
                assertThat(jdbc.queryForObject("select status from custody_tag where number = ?", String.class,
                        tag)).as(what).isEqualTo("ISSUED");
            }
        }
        var created = mvc.perform(post("/api/icglr/v1/lots").contentType(MediaType.APPLICATION_JSON).content(lawful)
                .header("Authorization", token).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
    }
}
