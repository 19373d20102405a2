package org.orepass.web.export;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.orepass.account.Role;
import org.orepass.custody.TagIssuing;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A certified export shipment made through the pages: site, tag, production lot, draft, document, certificate.
 * Not a bean: a second application instance (SharedSessionIntegrationTest) scans test classes and has no MockMvc.
 */
public class ExportFixtures {

    private final MockMvc mvc;
    private final AccountFixtures fixtures;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ExportFixtures(MockMvc mvc, AccountFixtures fixtures, JdbcTemplate jdbc, Clock clock) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Certified(SignedInUser exporter, SignedInUser inspector, long shipmentId, String serialNumber) {
    }

    public record Submitted(SignedInUser exporter, SignedInUser inspector, long shipmentId, long siteId,
            String exportLotNumber) {
    }

    /**
     * A green-site cassiterite lot of the exporter's own organisation (which has complete contact details),
     * shipped whole to a Dutch importer with or without the importer's contact details, and certified.
     */
    public Certified certified(boolean importerContact) throws Exception {
        var submitted = submitted(importerContact);
        var id = submitted.shipmentId();
        // Whatever schedules other tests left in force, the taxes are paid first (the lawful path).
        payTaxes(submitted.inspector(), id);
        mvc.perform(post("/exports/" + id + "/certificate").with(user(submitted.inspector())).with(csrf())
                .param("version", String.valueOf(version(id)))
                .param("issuingAuthority", "Directorate of Geological Survey and Mines")
                .param("verifierName", "Grace Atim").param("verifierPosition", "Senior mines inspector")
                .param("verifiedOn", LocalDate.now(clock).toString()).param("validatorName", "Joseph Okello")
                .param("expiresOn", LocalDate.now(clock).plusDays(60).toString()))
                .andExpect(status().is3xxRedirection());
        var serial = jdbc.queryForObject("select serial_number from export_certificate where shipment_id = ?",
                String.class, id);
        return new Certified(submitted.exporter(), submitted.inspector(), id, serial);
    }

    /** The same shipment, submitted and waiting for an inspector. */
    public Submitted submitted(boolean importerContact) throws Exception {
        return submitted(importerContact, "CASSITERITE");
    }

    /** A shipment of 250 kg of the mineral, produced today at the exporter's own green site, submitted. */
    public Submitted submitted(boolean importerContact, String mineral) throws Exception {
        var drafted = drafted(importerContact, mineral);
        var exporter = drafted.exporter();
        var id = drafted.shipmentId();
        mvc.perform(multipart("/exports/" + id + "/documents")
                        .file(new MockMultipartFile("file", "invoice.pdf", "application/pdf",
                                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                        .with(user(exporter)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/exports/" + id + "/submission").with(user(exporter)).with(csrf())
                .param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
        var exportLot = jdbc.queryForObject("select l.lot_number from lot l join export_shipment s"
                + " on s.export_lot_id = l.id where s.id = ?", String.class, id);
        return new Submitted(exporter, drafted.inspector(), id, drafted.siteId(), exportLot);
    }

    public record Drafted(SignedInUser exporter, SignedInUser inspector, long shipmentId, long siteId) {
    }

    /** The same shipment still a draft, without documents: its page offers the document upload. */
    public Drafted drafted(boolean importerContact, String mineral) throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var exporter = fixtures.signedIn(Role.OPERATOR, Role.EXPORTER);
        jdbc.update("update organisation set contact_name = 'Amina Nakato', contact_email = 'exports@comptoir.ug',"
                + " contact_phone = '+256 772 123456' where id = ?", exporter.organisationId());
        var site = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", AccountFixtures.unique("Tin pit")).param("country", "UG")
                        .param("division", "UG-W").param("locality", "Kisoro").param("latitude", "-1.2833")
                        .param("longitude", "29.6947").param("minerals", mineral)
                        .param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                        .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT")
                        .param("licenceNumber", "AP-" + System.nanoTime()).param("workersMen", "40")
                        .param("workersWomen", "12").param("capacity[" + mineral + "]", "100000")
                        .param("ownerId", String.valueOf(exporter.organisationId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var siteId = Long.parseLong(site.substring("/sites/".length()));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", siteId);
        var prefix = ("C" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + siteId + "/tags").with(user(inspector)).with(csrf())
                .param("prefix", prefix).param("from", "1").param("to", "1")).andExpect(status().is3xxRedirection());
        var lot = mvc.perform(post("/lots").param("site", String.valueOf(siteId)).with(user(exporter)).with(csrf())
                        .param("tagNumber", TagIssuing.number(prefix, 1)).param("mineral", mineral)
                        .param("mass", "250").param("unit", "KGM").param("concentration", "65")
                        .param("productionDate", LocalDate.now(clock).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var lotId = Long.parseLong(lot.substring("/lots/".length()));
        var draft = mvc.perform(post("/exports").with(user(exporter)).with(csrf())
                        .param("importerName", "Refinery Europe BV")
                        .param("importerAddress", "Havenstraat 1, Rotterdam").param("importerCountry", "NL")
                        .param("importerContact", importerContact ? "Jan de Vries" : "")
                        .param("importerPhone", importerContact ? "+31 10 123 4567" : "")
                        .param("importerEmail", importerContact ? "metals@refinery.nl" : "")
                        .param("destinationCountry", "NL").param("mineral", mineral)
                        .param("declaredMass", "0.25").param("declaredUnit", "TNE").param("grade", "65")
                        .param("declaredValue", "4600").param("currency", "USD").param("transportMode", "ROAD")
                        .param("carrier", "Lake Transport Ltd").param("route", "UG;KE")
                        .param("shipmentDate", LocalDate.now(clock).plusDays(5).toString())
                        .param("lots[" + lotId + "]", "250"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var id = Long.parseLong(draft.substring("/exports/".length()));
        return new Drafted(exporter, inspector, id, siteId);
    }

    /**
     * Records, through the revenue pages, a payment of everything still owed on the shipment's export taxes (and
     * those of refused shipments it ships again) and on the royalties of the production lots upstream.
     */
    public void payTaxes(SignedInUser collector, long shipmentId) throws Exception {
        for (var tax : jdbc.queryForList("""
                with recursive up(id) as (select export_lot_id from export_shipment where id = ?
                    union select i.input_lot_id from lot_input i join up on i.lot_id = up.id)
                select d.id, d.amount - d.paid_amount as owed, d.currency, d.version from tax_due d
                where d.paid_amount < d.amount and ((d.source_kind = 'EXPORT' and d.source_id in (
                        select s.id from export_shipment s where s.export_lot_id in (select id from up)))
                   or (d.source_kind = 'PRODUCTION_LOT' and d.source_id in (select id from up)))
                order by d.id""", shipmentId)) {
            pay(collector, ((Number) tax.get("id")).longValue(),
                    ((java.math.BigDecimal) tax.get("owed")).toPlainString(), (String) tax.get("currency"),
                    ((Number) tax.get("version")).longValue());
        }
    }

    /** One payment through the tax page, with a receipt number of its own, paid today. */
    public void pay(SignedInUser collector, long taxId, String amount, String currency, long version)
            throws Exception {
        mvc.perform(post("/revenue/taxes/" + taxId + "/payments").with(user(collector)).with(csrf())
                        .param("amount", amount).param("currency", currency)
                        .param("paidOn", LocalDate.now(clock).toString())
                        .param("receiptReference", "URA-" + System.nanoTime()).param("payer", "Comptoir")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
    }

    private long version(long shipmentId) {
        return jdbc.queryForObject("select version from export_shipment where id = ?", Long.class, shipmentId);
    }

    /**
     * The MD.03 certificate document an inspector's system sends for a submitted shipment (of 250 kg), identified
     * by its export lot, agreeing with the record but for the weight given.
     */
    public static ObjectNode certificateDocument(JsonMapper json, JdbcTemplate jdbc, String exportLotNumber,
            String weight) {
        var document = json.createObjectNode();
        document.put("issuingCountry", "UG");
        certificateParties(jdbc, document, exportLotNumber);
        document.put("lotNumber", exportLotNumber);
        document.put("typeOfOre", "2609.00.00");
        document.put("lotWeight", new java.math.BigDecimal(weight));
        document.put("lotWeightUOM", "KGM");
        document.put("lotGrade", "65 %");
        document.put("mineralOrigin", "UG");
        document.put("customsValue", "USD 4600.00");
        document.put("dateOfShipment", LocalDate.now().plusDays(5).toString());
        document.put("memberStateIssuingAuthority", "Directorate of Geological Survey and Mines");
        document.put("nameOfVerifier", "Grace Atim");
        document.put("positionOfVerifier", "Senior mines inspector");
        document.put("dateOfVerification", LocalDate.now().toString());
        document.put("nameOfValidator", "Joseph Okello");
        document.put("dateOfIssuance", LocalDate.now().toString());
        document.put("dateOfExpiration", LocalDate.now().plusDays(30).toString());
        return document;
    }

    /** A certificate document's exporter as the shipment's record has it (name, contact details), so it agrees. */
    public static void certificateParties(JdbcTemplate jdbc, ObjectNode document, String exportLotNumber) {
        var exporter = jdbc.queryForMap("select o.name, o.contact_name, o.contact_phone, o.contact_email,"
                + " s.importer_name, s.importer_contact, s.importer_phone, s.importer_email from export_shipment s"
                + " join organisation o on o.id = s.exporter_id join lot l on l.id = s.export_lot_id"
                + " where l.lot_number = ?", exportLotNumber);
        var e = document.putObject("exporter");
        e.put("identifier", "x").put("name", (String) exporter.get("name")).put("tin", "N/A")
                .putObject("contactDetails").put("legalRepresentative", (String) exporter.get("contact_name"))
                .put("contactPhoneNumber", org.orepass.site.IcglrExchange.phone((String) exporter.get("contact_phone")))
                .put("contactEmail", (String) exporter.get("contact_email"));
        var i = document.putObject("importer");
        i.put("identifier", "y").put("name", (String) exporter.get("importer_name")).put("tin", "N/A")
                .putObject("contactDetails").put("legalRepresentative", "Jan de Vries")
                .put("contactPhoneNumber", "+31101234567").put("contactEmail", "metals@refinery.nl");
    }
}
