package org.orepass.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The export certificate as a PDF (issue 16), beside printing: linked from the certificate page, made on the
 * server from the same template, for whoever may open the page and nobody else.
 */
@PlatformTest
class CertificatePdfIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void theCertificatePageLinksItsPdfWhichHoldsTheCertificateNumberForWhoMayOpenThePage() throws Exception {
        var certified = new ExportFixtures(mvc, fixtures, jdbc, clock).certified(true);
        var id = certified.shipmentId();
        var page = Jsoup.parse(mvc.perform(get("/exports/" + id + "/certificate").with(user(certified.exporter()))
                        .cookie(new Cookie("ORE_PASS_LANG", "fr")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("a[href$=/exports/" + id + "/certificate.pdf]").text()).isEqualTo("Télécharger en PDF");

        var response = mvc.perform(get("/exports/" + id + "/certificate.pdf").with(user(certified.exporter())))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains(certified.serialNumber() + ".pdf");
        var bytes = response.getContentAsByteArray();
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "export-certificate.pdf"), bytes);
        String text;
        try (var pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).as("one A4 page").isEqualTo(1);
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains(certified.serialNumber()).contains("Refinery Europe BV")
                .contains("Export certificate").doesNotContain("Télécharger en PDF");

        // The inspector who certified may download it too; an exporter of another organisation may not.
        mvc.perform(get("/exports/" + id + "/certificate.pdf").with(user(certified.inspector())))
                .andExpect(status().isOk());
        mvc.perform(get("/exports/" + id + "/certificate.pdf").with(user(fixtures.signedIn(Role.EXPORTER))))
                .andExpect(status().isNotFound());
    }

    /**
     * Issue 18: the PDF carries the certificate's verification QR code, as the page does: the image drawn in it is
     * the QR code of the passport's address (compared module by module), with the grouped code printed under it.
     */
    @Test
    void thePdfCarriesTheCertificatesVerificationQrCode() throws Exception {
        var certified = new ExportFixtures(mvc, fixtures, jdbc, clock).certified(false);
        var code = jdbc.queryForObject("select v.code from verification_code v join export_certificate c"
                + " on v.subject_kind = 'CERTIFICATE' and v.subject_id = c.id where c.shipment_id = ?", String.class,
                certified.shipmentId());
        var bytes = mvc.perform(get("/exports/" + certified.shipmentId() + "/certificate.pdf")
                .with(user(certified.exporter()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        var expected = io.nayuki.qrcodegen.QrCode.encodeText("http://localhost/verify/" + code,
                io.nayuki.qrcodegen.QrCode.Ecc.MEDIUM);
        try (var pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).as("still one A4 page").isEqualTo(1);
            var resources = pdf.getPage(0).getResources();
            var images = new java.util.ArrayList<java.awt.image.BufferedImage>();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject x) {
                    images.add(x.getImage());
                }
            }
            assertThat(images).hasSize(1);
            var image = images.get(0);
            int modules = expected.size + 8;
            assertThat(image.getWidth()).isEqualTo(modules * 4);
            for (int y = 0; y < expected.size; y++) {
                for (int x = 0; x < expected.size; x++) {
                    boolean dark = (image.getRGB((x + 4) * 4 + 1, (y + 4) * 4 + 1) & 0xffffff) == 0;
                    assertThat(dark).as("module %d,%d", x, y).isEqualTo(expected.getModule(x, y));
                }
            }
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains(code.replaceAll("(.{4})(?!$)", "$1-"));
        }
    }
}
