package org.orepass.web.custody;

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
import org.orepass.web.export.ExportFixtures;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * What the border tests need, made through the pages (docs/borders.md): traders and inspectors of a given country,
 * an export shipment from one country to another, certified, and the import form. Not a bean (see ExportFixtures).
 */
class BorderFixtures {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final MockMvc mvc;
    private final AccountFixtures fixtures;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    BorderFixtures(MockMvc mvc, AccountFixtures fixtures, JdbcTemplate jdbc, Clock clock) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** An operator and exporter whose organisation is registered in the country, with complete contact details. */
    SignedInUser trader(String country) {
        return trader(country, Role.OPERATOR, Role.EXPORTER);
    }

    /** A user with these roles whose organisation is registered in the country, as {@link #trader(String)}. */
    SignedInUser trader(String country, Role... roles) {
        var trader = fixtures.signedIn(roles);
        jdbc.update("update organisation set country = ?, division = null, contact_name = 'Amina Nakato',"
                + " contact_email = 'trade@comptoir.cd', contact_phone = '+256 772 123456' where id = ?", country,
                trader.organisationId());
        return trader;
    }

    /** An inspector whose jurisdiction is the country. */
    SignedInUser inspector(String country) {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        jdbc.update("update user_account set jurisdiction_country = ? where id = ?", country, inspector.id());
        return new SignedInUser(inspector.id(), inspector.username(), inspector.fullName(), null,
                inspector.organisationId(), inspector.organisationName(), inspector.roles(), country,
                java.util.Set.of(), true, false, false, null);
    }

    /** A drafted, documented and submitted shipment of the exporter's lot (whole) to the destination. */
    long submit(SignedInUser exporter, long lotId, String kg, String destination) throws Exception {
        var draft = mvc.perform(post("/exports").with(user(exporter)).with(csrf())
                        .param("importerName", "Comptoir " + destination)
                        .param("importerAddress", "Avenue du Lac 1").param("importerCountry", destination)
                        .param("importerContact", "Jan de Vries").param("importerPhone", "+31 10 123 4567")
                        .param("importerEmail", "metals@refinery.nl")
                        .param("destinationCountry", destination).param("mineral", "CASSITERITE")
                        .param("declaredMass", kg).param("declaredUnit", "KGM").param("grade", "60")
                        .param("declaredValue", "4600").param("currency", "USD").param("transportMode", "ROAD")
                        .param("borderPost", "Bunagana")
                        .param("shipmentDate", today().toString()).param("lots[" + lotId + "]", kg))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var id = Long.parseLong(draft.substring("/exports/".length()));
        mvc.perform(multipart("/exports/" + id + "/documents")
                        .file(new MockMultipartFile("file", "invoice.pdf", "application/pdf", PDF))
                        .with(user(exporter)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/exports/" + id + "/submission").with(user(exporter)).with(csrf())
                .param("version", String.valueOf(shipmentVersion(id)))).andExpect(status().is3xxRedirection());
        return id;
    }

    /** The inspector issues the certificate, once every tax due is paid (the lawful path); whatever the answer. */
    ResultActions certify(SignedInUser inspector, long shipmentId) throws Exception {
        new ExportFixtures(mvc, fixtures, jdbc, clock).payTaxes(inspector, shipmentId);
        return mvc.perform(post("/exports/" + shipmentId + "/certificate").with(user(inspector)).with(csrf())
                .param("version", String.valueOf(shipmentVersion(shipmentId)))
                .param("issuingAuthority", "Mines authority").param("verifierName", "Grace Atim")
                .param("verifierPosition", "Senior mines inspector").param("verifiedOn", today().toString())
                .param("validatorName", "Joseph Okello").param("expiresOn", today().plusDays(60).toString()));
    }

    String serial(long shipmentId) {
        return jdbc.queryForObject("select serial_number from export_certificate where shipment_id = ?", String.class,
                shipmentId);
    }

    long shipmentVersion(long shipmentId) {
        return jdbc.queryForObject("select version from export_shipment where id = ?", Long.class, shipmentId);
    }

    /** The import form with an ICGLR certificate: country, serial, border post Bunagana, today, the mass weighed. */
    MockMultipartHttpServletRequestBuilder importing(SignedInUser importer, String country, String serial,
            String receivedKg) {
        return importing(importer, country, serial, receivedKg, java.util.Map.of());
    }

    /** The same with some fields typed otherwise (an empty value for a field left empty). */
    MockMultipartHttpServletRequestBuilder importing(SignedInUser importer, String country, String serial,
            String receivedKg, java.util.Map<String, String> typed) {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("documentKind", "ICGLR_CERTIFICATE");
        fields.put("documentCountry", country);
        fields.put("documentNumber", serial);
        fields.put("borderPost", "Bunagana");
        fields.put("crossedOn", today().toString());
        fields.put("receivedKg", receivedKg);
        fields.putAll(typed);
        var request = multipart("/imports");
        request.with(user(importer)).with(csrf()).locale(Locale.ENGLISH);
        fields.forEach(request::param);
        return request;
    }

    /** The lot an import made, from the page it redirected to. */
    static long lotOf(ResultActions result) throws Exception {
        var url = result.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring("/lots/".length()));
    }
}
