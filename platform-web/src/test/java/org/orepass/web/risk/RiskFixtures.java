package org.orepass.web.risk;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.orepass.account.Role;
import org.orepass.custody.TagIssuing;
import org.orepass.site.Mineral;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Custody chains and assessments made through the pages for the risk signal tests: a producer's green site, its
 * lots, sales (with or without a payment) and receipts, assessments and decisions. Not a bean (see ExportFixtures).
 */
class RiskFixtures {

    private final MockMvc mvc;
    private final AccountFixtures fixtures;
    private final JdbcTemplate jdbc;

    RiskFixtures(MockMvc mvc, AccountFixtures fixtures, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    /** An inspector, a producer (operator) owning a green site, and an exporter buying from it. */
    record Parties(SignedInUser inspector, SignedInUser producer, SignedInUser exporter, long siteId) {
    }

    Parties parties(String country, String division, Mineral mineral) throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var producer = fixtures.signedIn(Role.OPERATOR);
        var exporter = fixtures.signedIn(Role.EXPORTER);
        return new Parties(inspector, producer, exporter, site(inspector, producer, country, division, mineral));
    }

    long site(SignedInUser inspector, SignedInUser owner, String country, String division, Mineral mineral)
            throws Exception {
        var site = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", AccountFixtures.unique("Signal pit")).param("country", country)
                        .param("division", division).param("locality", "Kisoro").param("latitude", "-1.2833")
                        .param("longitude", "29.6947").param("locationConfirmed", "true")
                        .param("minerals", mineral.name())
                        .param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                        .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT")
                        .param("licenceNumber", "AP-" + System.nanoTime()).param("workersMen", "40")
                        .param("workersWomen", "12").param("capacity[" + mineral.name() + "]", "100000")
                        .param("ownerId", String.valueOf(owner.organisationId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(site.substring("/sites/".length()));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", id);
        return id;
    }

    long produce(Parties p, Mineral mineral, String kg, LocalDate on) throws Exception {
        var prefix = ("S" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + p.siteId() + "/tags").with(user(p.inspector())).with(csrf())
                .param("prefix", prefix).param("from", "1").param("to", "1")).andExpect(status().is3xxRedirection());
        var lot = mvc.perform(post("/lots").param("site", String.valueOf(p.siteId())).with(user(p.producer()))
                        .with(csrf()).param("tagNumber", TagIssuing.number(prefix, 1)).param("mineral", mineral.name())
                        .param("mass", kg).param("unit", "KGM").param("productionDate", on.toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(lot.substring("/lots/".length()));
    }

    ResultActions sell(SignedInUser seller, SignedInUser buyer, long lotId, String kg, String method, String amount,
            String currency) throws Exception {
        return mvc.perform(post("/lots/" + lotId + "/sales").with(user(seller)).with(csrf())
                .param("buyerId", String.valueOf(buyer.organisationId())).param("massKg", kg)
                .param("paymentMethod", method).param("paymentAmount", amount).param("paymentCurrency", currency)
                .param("version", String.valueOf(lotVersion(lotId))));
    }

    long lastTransferOf(long lotId) {
        return jdbc.queryForObject("select max(id) from custody_transfer where lot_id = ?", Long.class, lotId);
    }

    /** The buyer's new lot. */
    long receive(SignedInUser buyer, long transferId, String kg) throws Exception {
        var lot = mvc.perform(post("/transfers/" + transferId + "/receipt").with(user(buyer)).with(csrf())
                        .param("massKg", kg))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(lot.substring("/lots/".length()));
    }

    /** Sold whole, paid as given (empty strings for no payment), and received with the same mass. */
    long buy(Parties p, long lotId, String kg, String method, String amount, String currency) throws Exception {
        sell(p.producer(), p.exporter(), lotId, kg, method, amount, currency).andExpect(status().is3xxRedirection());
        return receive(p.exporter(), lastTransferOf(lotId), kg);
    }

    /** The organisation moves into the Union (Belgium): EU Annex I thresholds apply to Union importers only. */
    void inTheUnion(SignedInUser who) {
        jdbc.update("update organisation set country = 'BE', division = null where id = ?", who.organisationId());
    }

    /**
     * The organisation back at home, where it buys from its domestic suppliers: a sale across a border is an export
     * (issue 14, docs/borders.md), so an organisation in the Union buys before it moves there in these tests.
     */
    void backHome(SignedInUser who, String country, String division) {
        jdbc.update("update organisation set country = ?, division = ? where id = ?", country, division,
                who.organisationId());
    }

    long lotVersion(long lotId) {
        return jdbc.queryForObject("select version from lot where id = ?", Long.class, lotId);
    }

    long assessmentVersion(long id) {
        return jdbc.queryForObject("select version from risk_assessment where id = ?", Long.class, id);
    }

    /** An assessment of the supplier by the exporter, started and saved once (levels computed). */
    long assessSupplier(SignedInUser assessor, long supplierOrgId) throws Exception {
        var url = mvc.perform(post("/risk/assessments").with(user(assessor)).with(csrf())
                        .param("subjectKind", "SUPPLIER").param("supplierId", String.valueOf(supplierOrgId)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(url.substring("/risk/assessments/".length()));
        mvc.perform(post("/risk/assessments/" + id).with(user(assessor)).with(csrf())
                .param("version", String.valueOf(assessmentVersion(id)))).andExpect(status().is3xxRedirection());
        return id;
    }

    ResultActions decide(SignedInUser assessor, long id, String decision) throws Exception {
        return mvc.perform(post("/risk/assessments/" + id + "/decision").with(user(assessor)).with(csrf())
                .param("version", String.valueOf(assessmentVersion(id))).param("decision", decision));
    }

    /** A draft export of 250 kg of the lot to a Dutch refinery, with its invoice: ready to submit. */
    long draftExport(SignedInUser exporter, long lotId, LocalDate today) throws Exception {
        var draft = mvc.perform(post("/exports").with(user(exporter)).with(csrf())
                        .param("importerName", "Refinery Europe BV")
                        .param("importerAddress", "Havenstraat 1, Rotterdam").param("importerCountry", "NL")
                        .param("importerContact", "Jan de Vries").param("importerPhone", "+31 10 123 4567")
                        .param("importerEmail", "metals@refinery.nl")
                        .param("destinationCountry", "NL").param("mineral", "CASSITERITE")
                        .param("declaredMass", "0.25").param("declaredUnit", "TNE").param("grade", "65")
                        .param("declaredValue", "4600").param("currency", "USD").param("transportMode", "ROAD")
                        .param("carrier", "Lake Transport Ltd").param("route", "UG;KE")
                        .param("shipmentDate", today.plusDays(5).toString())
                        .param("lots[" + lotId + "]", "250"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var id = Long.parseLong(draft.substring("/exports/".length()));
        mvc.perform(multipart("/exports/" + id + "/documents")
                        .file(new MockMultipartFile("file", "invoice.pdf", "application/pdf",
                                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                        .with(user(exporter)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    long shipmentVersion(long id) {
        return jdbc.queryForObject("select version from export_shipment where id = ?", Long.class, id);
    }
}
