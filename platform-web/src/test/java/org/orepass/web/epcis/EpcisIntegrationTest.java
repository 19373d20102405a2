package org.orepass.web.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.account.Role;
import org.orepass.custody.Genealogy;
import org.orepass.custody.TagIssuing;
import org.orepass.web.export.ExportFixtures;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Custody as EPCIS 2.0 (docs/epcis.md) through the real endpoints on the real database: a chain made through the
 * pages (two productions, a combination, a sale and its receipt, a transport, a processing) and a certified export;
 * every document and every event type checked against GS1's JSON Schema; a lot's trace whose quantities are the
 * genealogy's masses; the query parameters, pages and who sees which events.
 */
@PlatformTest
class EpcisIntegrationTest {

    private static final String EVENTS = "/api/epcis/v2/events";

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired TokenIssuing tokens;
    @Autowired JsonMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired Genealogy genealogy;

    /** The chain's parties and lots: a, b produced; c = a + b; d bought from c; e and f processed from d. */
    private record Chain(SignedInUser producer, SignedInUser trader, long siteId, long a, long b, long c, long d,
            long e, long f) {

        List<Long> lots() {
            return List.of(a, b, c, d, e, f);
        }
    }

    private Chain chain() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var producer = fixtures.signedIn(Role.OPERATOR);
        var trader = fixtures.signedIn(Role.OPERATOR, Role.EXPORTER);
        var site = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", AccountFixtures.unique("Epcis pit")).param("country", "UG")
                        .param("division", "UG-W").param("locality", "Kisoro").param("latitude", "-1.2833")
                        .param("longitude", "29.6947").param("minerals", "CASSITERITE")
                        .param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                        .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT")
                        .param("licenceNumber", "AP-" + System.nanoTime()).param("workersMen", "40")
                        .param("workersWomen", "12").param("capacity[CASSITERITE]", "100000")
                        .param("ownerId", String.valueOf(producer.organisationId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long siteId = Long.parseLong(site.substring("/sites/".length()));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", siteId);
        var prefix = ("E" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + siteId + "/tags").with(user(inspector)).with(csrf())
                .param("prefix", prefix).param("from", "1").param("to", "2")).andExpect(status().is3xxRedirection());
        long a = lot(mvc.perform(post("/lots").param("site", String.valueOf(siteId)).with(user(producer))
                .with(csrf()).param("tagNumber", TagIssuing.number(prefix, 1)).param("mineral", "CASSITERITE")
                .param("mass", "100").param("unit", "KGM").param("concentration", "50")
                .param("productionDate", LocalDate.now(clock).toString())));
        long b = lot(mvc.perform(post("/lots").param("site", String.valueOf(siteId)).with(user(producer))
                .with(csrf()).param("tagNumber", TagIssuing.number(prefix, 2)).param("mineral", "CASSITERITE")
                .param("mass", "60").param("unit", "KGM").param("concentration", "50")
                .param("productionDate", LocalDate.now(clock).toString())));
        long c = lot(mvc.perform(taking("/lots/" + a + "/combination", producer, a, "100", b, "60")));
        mvc.perform(post("/lots/" + c + "/sales").with(user(producer)).with(csrf())
                        .param("buyerId", String.valueOf(trader.organisationId())).param("massKg", "150")
                        .param("paymentMethod", "").param("paymentAmount", "").param("paymentCurrency", "")
                        .param("version", String.valueOf(version(c))))
                .andExpect(status().is3xxRedirection());
        long transfer = jdbc.queryForObject("select max(id) from custody_transfer where lot_id = ?", Long.class, c);
        long d = lot(mvc.perform(post("/transfers/" + transfer + "/receipt").with(user(trader)).with(csrf())
                .param("massKg", "148")));
        mvc.perform(post("/lots/" + d + "/transport").with(user(trader)).with(csrf())
                        .param("version", String.valueOf(version(d))).param("date", LocalDate.now(clock).toString())
                        .param("placeFrom", "Kisoro").param("placeTo", "Kampala").param("carrier", "Bugisu Trucks"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(taking("/lots/" + d + "/processing", trader, d, "148")
                        .param("parts[0].massKg", "100").param("parts[0].concentration", "65")
                        .param("parts[1].massKg", "40").param("lossKg", "8"))
                .andExpect(status().is3xxRedirection());
        var outputs = jdbc.queryForList("select distinct lot_id from lot_input where input_lot_id = ? order by 1",
                Long.class, d);
        var e = outputs.get(0);
        var f = outputs.get(1);
        assertThat(jdbc.queryForObject("select mass_kg from lot where id = ?", BigDecimal.class, e))
                .isEqualByComparingTo("100");
        return new Chain(producer, trader, siteId, a, b, c, d, e, f);
    }

    private long lot(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        var url = result.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring("/lots/".length()));
    }

    /** A combination or processing form with these lots ticked (lot id, kilograms). */
    private MockHttpServletRequestBuilder taking(String path, SignedInUser who, Object... lotsAndKg) {
        var request = post(path).with(user(who)).with(csrf()).param("date", LocalDate.now(clock).toString());
        for (int i = 0; i < lotsAndKg.length / 2; i++) {
            var lotId = (Long) lotsAndKg[2 * i];
            request.param("inputs[" + i + "].lotId", String.valueOf(lotId))
                    .param("inputs[" + i + "].version", String.valueOf(version(lotId)))
                    .param("inputs[" + i + "].selected", "true").param("_inputs[" + i + "].selected", "on")
                    .param("inputs[" + i + "].massKg", (String) lotsAndKg[2 * i + 1]);
        }
        return request;
    }

    private long version(long lotId) {
        return jdbc.queryForObject("select version from lot where id = ?", Long.class, lotId);
    }

    private String number(long lotId) {
        return jdbc.queryForObject("select lot_number from lot where id = ?", String.class, lotId);
    }

    private String urn(long lotId) {
        return EpcisJson.lot(number(lotId));
    }

    private String token(SignedInUser who) {
        return "Bearer " + tokens.issue(who.getUsername(), "epcis").value();
    }

    private MockHttpServletResponse query(String token, String... parameters) throws Exception {
        var request = get(EVENTS).header("Authorization", token).accept(MediaType.APPLICATION_JSON);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private JsonNode read(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<JsonNode> eventList(JsonNode queryDocument) {
        var list = new ArrayList<JsonNode>();
        queryDocument.path("epcisBody").path("queryResults").path("resultsBody").path("eventList")
                .forEach(list::add);
        return list;
    }

    /** Each event alone, as a top-level event with the document's context, valid by the schema of its type. */
    private void eachEventValid(JsonNode document, List<JsonNode> events) {
        for (var event : events) {
            var alone = (ObjectNode) event.deepCopy();
            alone.set("@context", document.get("@context"));
            assertThat(EpcisSchema.problems(alone)).as(event.toString()).isEmpty();
        }
    }

    private String chainLots(Chain chain) {
        return String.join(",", chain.lots().stream().map(this::urn).toList());
    }

    @Test
    void everyEventTypeOfTheChainIsValidByTheGs1Schema() throws Exception {
        var chain = chain();
        var admin = token(fixtures.signedIn(Role.ADMIN));
        var response = query(admin, "MATCH_anyEPCClass", chainLots(chain));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("GS1-EPCIS-Version")).isEqualTo("2.0.0");
        var document = read(response);
        assertThat(document.path("type").asString()).isEqualTo("EPCISQueryDocument");
        assertThat(EpcisSchema.problems(document)).isEmpty();
        var events = eventList(document);
        assertThat(events).extracting(e -> e.path("orepass:operation").asString()).containsExactly("PRODUCTION",
                "PRODUCTION", "COMBINATION", "SALE", "RECEIPT", "TRANSPORTATION", "PROCESSING");
        eachEventValid(document, events);
        var production = events.get(0);
        assertThat(production.path("type").asString()).isEqualTo("ObjectEvent");
        assertThat(production.path("action").asString()).isEqualTo("ADD");
        assertThat(production.path("bizStep").asString()).isEqualTo("commissioning");
        assertThat(production.path("bizLocation").path("id").asString()).isEqualTo("urn:orepass:site:" + chain.siteId());
        assertThat(production.path("orepass:mineSiteId").asString()).isNotBlank();
        assertThat(production.path("orepass:tag").asString()).isNotBlank();
        assertThat(production.path("quantityList").get(0).path("epcClass").asString()).isEqualTo(urn(chain.a()));
        assertThat(production.path("quantityList").get(0).path("quantity").decimalValue())
                .isEqualByComparingTo("100");
        assertThat(production.path("quantityList").get(0).path("uom").asString()).isEqualTo("KGM");
        var sale = events.get(3);
        assertThat(sale.path("bizStep").asString()).isEqualTo("shipping");
        assertThat(sale.path("sourceList").get(0).path("type").asString()).isEqualTo("owning_party");
        assertThat(sale.path("sourceList").get(0).path("source").asString())
                .isEqualTo("urn:orepass:organisation:" + chain.producer().organisationId());
        assertThat(sale.path("destinationList").get(0).path("destination").asString())
                .isEqualTo("urn:orepass:organisation:" + chain.trader().organisationId());
        assertThat(sale.path("bizTransactionList").get(0).path("type").asString()).isEqualTo("inv");
        var receipt = events.get(4);
        assertThat(receipt.path("bizStep").asString()).isEqualTo("receiving");
        assertThat(receipt.path("bizTransactionList")).isEqualTo(sale.path("bizTransactionList"));
        assertThat(events.get(5).path("bizStep").asString()).isEqualTo("transporting");
        var processing = events.get(6);
        assertThat(processing.path("type").asString()).isEqualTo("TransformationEvent");
        assertThat(processing.has("action")).isFalse();
        assertThat(processing.path("orepass:lossKg").decimalValue()).isEqualByComparingTo("8");
        assertThat(processing.toString()).doesNotContain("AggregationEvent");

        // Each tag's issuing is its own event at the site, before the production it sealed.
        var atSite = read(query(admin, "EQ_bizLocation", "urn:orepass:site:" + chain.siteId()));
        assertThat(EpcisSchema.problems(atSite)).isEmpty();
        var issued = eventList(atSite);
        eachEventValid(atSite, issued);
        assertThat(issued).extracting(e -> e.path("orepass:operation").asString())
                .containsExactly("TAG_ISSUING", "TAG_ISSUING", "PRODUCTION", "PRODUCTION");
        var tag = issued.get(0);
        assertThat(tag.path("type").asString()).isEqualTo("ObjectEvent");
        assertThat(tag.path("action").asString()).isEqualTo("ADD");
        assertThat(tag.path("bizStep").asString()).isEqualTo("commissioning");
        assertThat(tag.path("bizLocation").path("id").asString()).isEqualTo("urn:orepass:site:" + chain.siteId());
        assertThat(tag.has("quantityList")).isFalse();
        assertThat(tag.path("epcList").get(0).asString())
                .isEqualTo("urn:orepass:tag:UG:" + production.path("orepass:tag").asString());
        assertThat(tag.path("orepass:tag").asString()).isEqualTo(production.path("orepass:tag").asString());
        assertThat(tag.path("eventID").asString()).startsWith("urn:orepass:event:tag:");
        // A page that ends on a tag's issuing gives a token the next page takes.
        var first = query(admin, "EQ_bizLocation", "urn:orepass:site:" + chain.siteId(), "perPage", "1");
        var next = first.getHeader("Link");
        assertThat(next).isNotNull();
        var token = URLDecoder.decode(next.substring(next.indexOf("nextPageToken=") + "nextPageToken=".length(),
                next.indexOf('>')).split("&")[0], StandardCharsets.UTF_8);
        var second = query(admin, "EQ_bizLocation", "urn:orepass:site:" + chain.siteId(), "perPage", "1",
                "nextPageToken", token);
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(eventList(read(second)).get(0).path("eventID").asString())
                .isEqualTo(issued.get(1).path("eventID").asString());
    }

    @Test
    void anExportCarriesItsCertificateAndIsValidByTheGs1Schema() throws Exception {
        var certified = new ExportFixtures(mvc, fixtures, jdbc, clock).certified(true);
        var exportLot = jdbc.queryForObject("select l.lot_number from lot l join export_shipment s"
                + " on s.export_lot_id = l.id where s.id = ?", String.class, certified.shipmentId());
        var response = query(token(certified.exporter()), "MATCH_anyEPC", EpcisJson.lot(exportLot));
        var document = read(response);
        assertThat(EpcisSchema.problems(document)).isEmpty();
        var events = eventList(document);
        eachEventValid(document, events);
        assertThat(events).extracting(e -> e.path("orepass:operation").asString())
                .containsExactly("EXPORT", "EXPORT_SHIPPING");
        for (var event : events) {
            var transaction = event.path("bizTransactionList").get(0);
            assertThat(transaction.path("type").asString()).isEqualTo("cert");
            assertThat(transaction.path("bizTransaction").asString()).endsWith(":" + certified.serialNumber());
            assertThat(event.path("orepass:certificate").asString()).isEqualTo(certified.serialNumber());
        }
        var shipping = events.get(1);
        assertThat(shipping.path("bizStep").asString()).isEqualTo("departing");
        assertThat(shipping.path("destinationList").get(0).path("destination").asString())
                .isEqualTo("urn:orepass:country:NL");
        assertThat(events.get(0).path("outputQuantityList").get(0).path("quantity").decimalValue())
                .isEqualByComparingTo("250");
        // The bizStep filter: only the departure.
        var departing = eventList(read(query(token(certified.exporter()), "MATCH_anyEPC", EpcisJson.lot(exportLot),
                "EQ_bizStep", "https://ref.gs1.org/cbv/BizStep-departing")));
        assertThat(departing).extracting(e -> e.path("orepass:operation").asString())
                .containsExactly("EXPORT_SHIPPING");
        // The exporter's lot trace: production, then the export, then its departure.
        var lotId = jdbc.queryForObject("select id from lot where lot_number = ?", Long.class, exportLot);
        var trace = read(mvc.perform(get("/lots/" + lotId + "/epcis.json").with(user(certified.exporter())))
                .andExpect(status().isOk()).andReturn().getResponse());
        assertThat(EpcisSchema.problems(trace)).isEmpty();
        assertThat(trace.path("epcisBody").path("eventList")).extracting(e -> e.path("orepass:operation").asString())
                .containsExactly("TAG_ISSUING", "PRODUCTION", "EXPORT", "EXPORT_SHIPPING");
    }

    @Test
    void anImportIsReceivedWithItsCertificateWhichLinksTheReimportToItsExportLot() throws Exception {
        var certified = new ExportFixtures(mvc, fixtures, jdbc, clock).certified(true);
        var issuing = jdbc.queryForObject("select issuing_country from export_certificate where shipment_id = ?",
                String.class, certified.shipmentId());
        // An importer in the destination country brings the shipment in with its certificate: 2 kg short.
        var importer = fixtures.signedIn(Role.OPERATOR, Role.EXPORTER);
        jdbc.update("update organisation set country = 'NL', division = null, contact_name = 'Jan de Vries',"
                + " contact_email = 'metals@refinery.nl', contact_phone = '+31 10 123 4567' where id = ?",
                importer.organisationId());
        var imported = mvc.perform(multipart("/imports").with(user(importer)).with(csrf()).locale(Locale.ENGLISH)
                        .param("documentKind", "ICGLR_CERTIFICATE").param("documentCountry", issuing)
                        .param("documentNumber", certified.serialNumber()).param("borderPost", "Rotterdam")
                        .param("crossedOn", LocalDate.now(clock).toString()).param("receivedKg", "248"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long importLot = Long.parseLong(imported.substring("/lots/".length()));

        var document = read(mvc.perform(get("/lots/" + importLot + "/epcis.json").with(user(importer)))
                .andExpect(status().isOk()).andReturn().getResponse());
        assertThat(EpcisSchema.problems(document)).isEmpty();
        var events = new ArrayList<JsonNode>();
        document.path("epcisBody").path("eventList").forEach(events::add);
        eachEventValid(document, events);
        assertThat(events).extracting(e -> e.path("orepass:operation").asString())
                .containsExactly("TAG_ISSUING", "PRODUCTION", "EXPORT", "EXPORT_SHIPPING", "IMPORT");
        var departure = events.get(3);
        var reception = events.get(4);
        assertThat(reception.path("type").asString()).isEqualTo("ObjectEvent");
        assertThat(reception.path("action").asString()).isEqualTo("OBSERVE");
        assertThat(reception.path("bizStep").asString()).isEqualTo("receiving");
        assertThat(reception.path("eventID").asString()).startsWith("urn:orepass:event:import:");
        // The certificate it came with is the one the export lot left with: the link across the border.
        assertThat(reception.path("bizTransactionList").get(0).path("type").asString()).isEqualTo("cert");
        assertThat(reception.path("bizTransactionList")).isEqualTo(departure.path("bizTransactionList"));
        assertThat(reception.path("sourceList").get(0).path("source").asString())
                .isEqualTo("urn:orepass:country:" + issuing);
        assertThat(reception.path("destinationList").get(0).path("destination").asString())
                .isEqualTo("urn:orepass:organisation:" + importer.organisationId());
        assertThat(reception.path("quantityList").get(0).path("epcClass").asString()).isEqualTo(urn(importLot));
        assertThat(reception.path("quantityList").get(0).path("quantity").decimalValue()).isEqualByComparingTo("248");

        // Round trip through the border: the document's quantities are the genealogy's masses and links.
        var rebuilt = rebuild(events);
        var trace = genealogy.traceBack(List.of(importLot));
        assertThat(trace.lots()).hasSize(3);
        assertSameGenealogy(trace, rebuilt);
        // The importer's query shows its import.
        assertThat(eventList(read(query(token(importer), "EQ_bizStep", "receiving"))))
                .extracting(e -> e.path("eventID").asString()).containsExactly(reception.path("eventID").asString());
    }

    /** Lot masses and input links read back from a trace document's events. */
    private record Rebuilt(Map<String, BigDecimal> made, Map<String, Map<String, BigDecimal>> links) {
    }

    private static Rebuilt rebuild(List<JsonNode> events) {
        var made = new HashMap<String, BigDecimal>();
        var links = new HashMap<String, Map<String, BigDecimal>>();
        var sold = new HashMap<String, JsonNode>();
        var departed = new HashMap<String, JsonNode>();
        events.stream().filter(e -> e.path("orepass:operation").asString().equals("SALE"))
                .forEach(e -> sold.put(e.path("bizTransactionList").get(0).path("bizTransaction").asString(), e));
        events.stream().filter(e -> e.path("orepass:operation").asString().equals("EXPORT_SHIPPING"))
                .forEach(e -> departed.put(e.path("bizTransactionList").get(0).path("bizTransaction").asString(), e));
        for (var event : events) {
            switch (event.path("orepass:operation").asString()) {
                case "PRODUCTION" -> put(made, event.path("quantityList"));
                case "RECEIPT", "IMPORT" -> {
                    put(made, event.path("quantityList"));
                    var received = event.path("quantityList").get(0).path("epcClass").asString();
                    var transaction = event.path("bizTransactionList").get(0).path("bizTransaction").asString();
                    // A receipt's sale shares its invoice; a re-import's departure shares its certificate.
                    var sent = event.path("orepass:operation").asString().equals("RECEIPT") ? sold.get(transaction)
                            : departed.get(transaction);
                    if (sent != null) {
                        var input = sent.path("quantityList").get(0);
                        links.computeIfAbsent(received, k -> new LinkedHashMap<>())
                                .put(input.path("epcClass").asString(), input.path("quantity").decimalValue());
                    }
                }
                case "COMBINATION", "PROCESSING", "EXPORT" -> {
                    put(made, event.path("outputQuantityList"));
                    var inKg = BigDecimal.ZERO;
                    for (var input : event.path("inputQuantityList")) {
                        inKg = inKg.add(input.path("quantity").decimalValue());
                    }
                    var outKg = BigDecimal.ZERO;
                    for (var output : event.path("outputQuantityList")) {
                        outKg = outKg.add(output.path("quantity").decimalValue());
                    }
                    var loss = event.has("orepass:lossKg") ? event.path("orepass:lossKg").decimalValue()
                            : BigDecimal.ZERO;
                    // What went in came out or was lost.
                    assertThat(outKg.add(loss)).isEqualByComparingTo(inKg);
                    // The genealogy gives each output a share of every input in proportion to the outputs'
                    // masses (so a processing's loss is shared too); to the gram, the last output the remainder.
                    for (var output : event.path("outputQuantityList")) {
                        for (var input : event.path("inputQuantityList")) {
                            links.computeIfAbsent(output.path("epcClass").asString(), k -> new LinkedHashMap<>())
                                    .put(input.path("epcClass").asString(), input.path("quantity").decimalValue()
                                            .multiply(output.path("quantity").decimalValue())
                                            .divide(outKg, 3, RoundingMode.HALF_UP));
                        }
                    }
                }
                default -> {
                }
            }
        }
        return new Rebuilt(made, links);
    }

    /** Every lot of the platform's trace has the document's mass and the document's inputs, to the gram. */
    private void assertSameGenealogy(org.orepass.custody.Trace trace, Rebuilt rebuilt) {
        for (var lot : trace.lots()) {
            var urn = EpcisJson.lot(lot.lotNumber());
            assertThat(rebuilt.made().get(urn)).as("mass of " + lot.lotNumber()).isEqualByComparingTo(lot.massKg());
            var expected = new HashMap<String, BigDecimal>();
            for (var input : lot.inputs()) {
                expected.put(urn(input.lotId()), input.massKg().stripTrailingZeros());
            }
            var actual = rebuilt.links().getOrDefault(urn, Map.of());
            assertThat(actual.keySet()).as("inputs of " + lot.lotNumber()).isEqualTo(expected.keySet());
            expected.forEach((input, kg) -> assertThat(actual.get(input)).as(lot.lotNumber() + " from " + input)
                    .isCloseTo(kg, Offset.offset(new BigDecimal("0.001"))));
        }
    }

    @Test
    void aLotsTraceIsOneValidDocumentWhoseQuantitiesAreTheGenealogysMasses() throws Exception {
        var chain = chain();
        var response = mvc.perform(get("/lots/" + chain.e() + "/epcis.json").with(user(chain.trader())))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/ld+json");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment");
        var document = read(response);
        assertThat(document.path("type").asString()).isEqualTo("EPCISDocument");
        assertThat(document.path("@context").get(1).path("orepass").asString()).isEqualTo(EpcisJson.NAMESPACE);
        assertThat(EpcisSchema.problems(document)).isEmpty();
        var events = new ArrayList<JsonNode>();
        document.path("epcisBody").path("eventList").forEach(events::add);
        // Every step from the mine to lot e, and nothing off the path (f is named as the processing's other output).
        assertThat(events).extracting(e -> e.path("orepass:operation").asString()).containsExactly("TAG_ISSUING",
                "TAG_ISSUING", "PRODUCTION", "PRODUCTION", "COMBINATION", "SALE", "RECEIPT", "TRANSPORTATION",
                "PROCESSING");

        // Round trip: rebuild the genealogy from the document and compare it with the platform's.
        var trace = genealogy.traceBack(List.of(chain.e()));
        assertThat(trace.lots()).hasSize(5);
        assertSameGenealogy(trace, rebuild(events));
        // The origin: the productions' kilograms are the trace's origin kilograms.
        var produced = events.stream().filter(e -> e.path("orepass:operation").asString().equals("PRODUCTION"))
                .map(e -> e.path("quantityList").get(0).path("quantity").decimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(produced).isEqualByComparingTo("160");
    }

    private static void put(Map<String, BigDecimal> made, JsonNode quantities) {
        for (var quantity : quantities) {
            made.put(quantity.path("epcClass").asString(), quantity.path("quantity").decimalValue());
        }
    }

    @Test
    void anotherOrganisationSeesNeitherTheEventsNorTheTrace() throws Exception {
        var chain = chain();
        var stranger = fixtures.signedIn(Role.OPERATOR, Role.EXPORTER);
        assertThat(eventList(read(query(token(stranger), "MATCH_anyEPC", chainLots(chain))))).isEmpty();
        mvc.perform(get("/lots/" + chain.e() + "/epcis.json").with(user(stranger)))
                .andExpect(status().isNotFound());
        // The producer: its own steps and the receipt of its sale (it is the other party); not what the buyer did
        // with the lot afterwards.
        assertThat(eventList(read(query(token(chain.producer()), "MATCH_anyEPC", chainLots(chain)))))
                .extracting(e -> e.path("orepass:operation").asString())
                .containsExactly("PRODUCTION", "PRODUCTION", "COMBINATION", "SALE", "RECEIPT");
        // The buyer: the sale and what it did; the producer's own steps only through a lot's trace.
        assertThat(eventList(read(query(token(chain.trader()), "MATCH_anyEPC", chainLots(chain)))))
                .extracting(e -> e.path("orepass:operation").asString())
                .containsExactly("SALE", "RECEIPT", "TRANSPORTATION", "PROCESSING");
        // Without a token: the API's 401 problem.
        var anonymous = mvc.perform(get(EVENTS).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void queryParametersFilterAndPagesFollowTheLinkHeader() throws Exception {
        var chain = chain();
        var admin = token(fixtures.signedIn(Role.ADMIN));
        var all = eventList(read(query(admin, "MATCH_anyEPC", chainLots(chain))));
        assertThat(all).hasSize(7);
        // Pages of two, following the Link header: the same events in the same order, none twice.
        var paged = new ArrayList<String>();
        var response = query(admin, "MATCH_anyEPC", chainLots(chain), "perPage", "2");
        int pages = 1;
        while (true) {
            assertThat(response.getStatus()).isEqualTo(200);
            eventList(read(response)).forEach(e -> paged.add(e.path("eventID").asString()));
            var link = response.getHeader("Link");
            if (link == null) {
                break;
            }
            assertThat(link).endsWith("; rel=\"next\"");
            var url = link.substring(1, link.indexOf('>'));
            var request = get(url.substring(0, url.indexOf('?'))).header("Authorization", admin);
            for (var pair : url.substring(url.indexOf('?') + 1).split("&")) {
                var eq = pair.indexOf('=');
                request.param(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            response = mvc.perform(request).andReturn().getResponse();
            pages++;
        }
        assertThat(pages).isEqualTo(4);
        assertThat(paged).containsExactlyElementsOf(all.stream().map(e -> e.path("eventID").asString()).toList());

        // Times: from the sale (included) to the processing (excluded).
        var saleTime = all.get(3).path("eventTime").asString();
        var processingTime = all.get(6).path("eventTime").asString();
        assertThat(eventList(read(query(admin, "MATCH_anyEPC", chainLots(chain), "GE_eventTime", saleTime,
                "LT_eventTime", processingTime)))).extracting(e -> e.path("orepass:operation").asString())
                .containsExactly("SALE", "RECEIPT", "TRANSPORTATION");
        // A step (bare or as a URN), a lot, a place.
        assertThat(eventList(read(query(admin, "MATCH_anyEPC", chainLots(chain), "EQ_bizStep",
                "urn:epcglobal:cbv:bizstep:commissioning")))).hasSize(2);
        assertThat(eventList(read(query(admin, "MATCH_anyEPC", urn(chain.d()))))).extracting(
                e -> e.path("orepass:operation").asString()).containsExactly("RECEIPT", "TRANSPORTATION",
                "PROCESSING");
        assertThat(eventList(read(query(admin, "EQ_bizLocation", "urn:orepass:site:" + chain.siteId(),
                "EQ_bizStep", "commissioning"))).stream().filter(e -> e.has("quantityList")).toList())
                .extracting(e -> e.path("quantityList").get(0).path("epcClass").asString())
                .containsExactly(urn(chain.a()), urn(chain.b()));
        // A step no OrePass event has, an identifier that is no lot: nothing, not an error.
        assertThat(eventList(read(query(admin, "MATCH_anyEPC", chainLots(chain), "EQ_bizStep", "killing"))))
                .isEmpty();
        assertThat(eventList(read(query(admin, "MATCH_anyEPC", "urn:epc:id:sgtin:0614141.107346.2017"))))
                .isEmpty();
    }

    @Test
    void badQueriesAreProblemsInTheBindingsFormat() throws Exception {
        var token = token(fixtures.signedIn(Role.ADMIN));
        for (var bad : List.of(new String[] {"GE_eventTime", "yesterday"}, new String[] {"perPage", "0"},
                new String[] {"perPage", "many"}, new String[] {"nextPageToken", "not-a-token"},
                new String[] {"EQ_colour", "red"}, new String[] {"GE_eventTime", "+999999-01-01T00:00Z"},
                new String[] {"LT_eventTime", "-10000-01-01T00:00Z"},
                new String[] {"nextPageToken", base64("9223372036854775807.9223372036854775807.O.1")},
                new String[] {"nextPageToken", base64("1700000000.0.\u0000.1")},
                new String[] {"nextPageToken", base64("1700000000.0.Z.1")})) {
            var response = mvc.perform(get(EVENTS).header("Authorization", token).param(bad[0], bad[1])
                    .accept(MediaType.APPLICATION_JSON).locale(Locale.FRENCH)).andReturn().getResponse();
            assertThat(response.getStatus()).as(bad[0]).isEqualTo(400);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            var problem = read(response);
            assertThat(problem.path("type").asString()).isEqualTo("epcisException:QueryParameterException");
            assertThat(problem.path("parameter").asString()).isEqualTo(bad[0]);
            assertThat(problem.path("detail").asString()).contains(bad[0]).doesNotContain("Exception");
        }
    }

    @Test
    void aLotUrnHidingANulIsNoLotInsteadOfAFailure() throws Exception {
        var response = query(token(fixtures.signedIn(Role.ADMIN)), "MATCH_anyEPC", "urn:orepass:lot:%00");
        assertThat(response.getStatus()).isLessThan(500);
    }

    private static String base64(String text) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
