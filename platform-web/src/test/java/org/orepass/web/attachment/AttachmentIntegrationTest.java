package org.orepass.web.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.account.UserAccount;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Inspection reports and photos: type read from the content, size limits with a message by the field (also
 * when the server's multipart limit cuts the request off), bytes stored in PostgreSQL and downloaded unchanged.
 */
@PlatformTest
class AttachmentIntegrationTest {

    private static final Pattern UPLOAD_LINK = Pattern.compile("(/sites/\\d+/inspections/\\d+/attachments)/new");
    private static final Pattern DOWNLOAD_LINK = Pattern.compile("href=\"(/sites/\\d+/inspections/\\d+/attachments/\\d+)\"");
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @Autowired
    MockMvc mvc;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("transactionManager")
    org.springframework.transaction.ConfigurableTransactionManager transactionManager;

    @Autowired
    AccountFixtures fixtures;

    @LocalServerPort
    int port;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private record Setting(SignedInUser inspector, UserAccount operator, String site, String attachments) {
    }

    /** A site owned by a fresh operator's organisation, with one inspection. */
    private Setting setting() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var operator = fixtures.user(Role.OPERATOR);
        var site = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", AccountFixtures.unique("Rubaya coltan pit")).param("country", "UG")
                        .param("division", "UG-W").param("latitude", "-1.2833").param("longitude", "29.6947")
                        .param("minerals", "COLTAN").param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                        .param("formalisationStage", "LICENSED").param("licenceType", "UNLICENSED")
                        .param("ownerId", String.valueOf(operator.getOrganisation().getId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(site + "/inspections").with(user(inspector)).with(csrf())
                        .param("inspectedOn", LocalDate.now().toString()).param("purpose", "Routine RCM inspection")
                        .param("inspectors", "Ruth Akello").param("agency", "DGSM"))
                .andExpect(status().is3xxRedirection());
        var page = mvc.perform(get(site).with(user(inspector))).andReturn().getResponse().getContentAsString();
        var matcher = UPLOAD_LINK.matcher(page);
        assertThat(matcher.find()).as("upload link under the inspection").isTrue();
        return new Setting(inspector, operator, site, matcher.group(1));
    }

    private static byte[] pdf(int size) {
        var bytes = random(size);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        return bytes;
    }

    private static byte[] png(int size) {
        var bytes = random(size);
        System.arraycopy(PNG_MAGIC, 0, bytes, 0, PNG_MAGIC.length);
        return bytes;
    }

    private static byte[] random(int size) {
        var bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private String downloadLink(Setting s, SignedInUser who, String fileName) throws Exception {
        var page = mvc.perform(get(s.site()).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        var at = page.indexOf(">" + fileName + "</a>");
        assertThat(at).as("%s listed on the site page", fileName).isPositive();
        var matcher = DOWNLOAD_LINK.matcher(page.substring(page.lastIndexOf("<a ", at)));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void aPdfReportAndAPngPhotoAreStoredAndDownloadedUnchanged() throws Exception {
        var s = setting();
        var report = pdf(300_000);
        var photo = png(2_500_000);
        mvc.perform(get(s.attachments() + "/new").with(user(s.inspector())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("at most 10 MB")));
        mvc.perform(multipart(s.attachments()).file(new MockMultipartFile("file", "report.pdf", "application/pdf",
                        report)).with(user(s.inspector())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // The declared type is the browser's guess; the stored one comes from the content.
        mvc.perform(multipart(s.attachments()).file(new MockMultipartFile("file", "C:\\fakepath\\pit.png",
                        "application/octet-stream", photo)).with(user(s.inspector())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(s.site()).with(user(s.inspector())))
                .andExpect(content().string(containsString("PDF, 293 kB, by ")))
                .andExpect(content().string(containsString("PNG, 2.4 MB, by ")));
        var operator = SignedInUser.of(s.operator(), false).withoutPassword();
        var pdfResponse = mvc.perform(get(downloadLink(s, operator, "report.pdf")).with(user(operator)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment;")))
                .andReturn().getResponse();
        assertThat(pdfResponse.getContentAsByteArray()).isEqualTo(report);
        var pngResponse = mvc.perform(get(downloadLink(s, s.inspector(), "pit.png")).with(user(s.inspector())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andReturn().getResponse();
        assertThat(pngResponse.getContentAsByteArray()).isEqualTo(photo);
    }

    /**
     * Issue 15: the site page reads the files of all its inspections in one query, yet lists each file under its
     * own inspection, and a site with three inspections costs the page no more statements than one with one.
     */
    @Test
    void theSitePageListsEachInspectionsFilesUnderItWithOneQueryForAll() throws Exception {
        var s = setting();
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        var withOne = statementsFor(statistics, s);
        for (var purpose : new String[] {"Follow-up visit", "Spot check"}) {
            mvc.perform(post(s.site() + "/inspections").with(user(s.inspector())).with(csrf())
                            .param("inspectedOn", LocalDate.now().toString()).param("purpose", purpose)
                            .param("inspectors", "Ruth Akello").param("agency", "DGSM"))
                    .andExpect(status().is3xxRedirection());
        }
        var page = mvc.perform(get(s.site()).with(user(s.inspector()))).andReturn().getResponse()
                .getContentAsString();
        var links = UPLOAD_LINK.matcher(page).results().map(match -> match.group(1)).toList();
        assertThat(links).hasSize(3);
        for (int i = 0; i < links.size(); i++) {
            mvc.perform(multipart(links.get(i)).file(new MockMultipartFile("file", "visit-" + i + ".pdf",
                            "application/pdf", pdf(2_000 + i))).with(user(s.inspector())).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        page = mvc.perform(get(s.site()).with(user(s.inspector()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        for (int i = 0; i < links.size(); i++) {
            var inspection = links.get(i).replaceAll(".*/inspections/(\\d+)/attachments", "$1");
            var block = page.substring(page.indexOf("id=\"attachments-" + inspection + "\""));
            block = block.substring(0, block.indexOf("</div>"));
            assertThat(block).as("inspection %s lists its own file only", inspection)
                    .contains(">visit-" + i + ".pdf</a>")
                    .doesNotContain(">visit-" + (i + 1) % 3 + ".pdf</a>")
                    .doesNotContain(">visit-" + (i + 2) % 3 + ".pdf</a>");
        }
        assertThat(statementsFor(statistics, s)).as("statements for three inspections with files")
                .isLessThanOrEqualTo(withOne);
    }

    /**
     * Issue 15: the site page, its fragments' queries (proposals, open reviews, the inspections' files) included,
     * runs in one read-only transaction, not one per query service.
     */
    @Test
    void theSitePageReadsEverythingInOneTransaction() throws Exception {
        var s = setting();
        var testThread = Thread.currentThread();
        var begun = new java.util.concurrent.atomic.AtomicInteger();
        var counting = new java.util.concurrent.atomic.AtomicBoolean(true);
        // Counts the transactions begun on this thread (joined ones are not begun), but for the session store's
        // own, which has no name (Spring Session's template); listeners stay registered, so this one stops
        // counting when the test ends.
        transactionManager.addListener(new org.springframework.transaction.TransactionExecutionListener() {
            @Override
            public void beforeBegin(org.springframework.transaction.TransactionExecution transaction) {
                if (counting.get() && Thread.currentThread() == testThread
                        && !transaction.getTransactionName().isEmpty()) {
                    begun.incrementAndGet();
                }
            }
        });
        try {
            mvc.perform(get(s.site()).with(user(s.inspector()))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"attachments-")));
        } finally {
            counting.set(false);
        }
        assertThat(begun.get()).isEqualTo(1);
    }

    /** The fewest SQL statements (through JPA) of three site page views; background work can only add some. */
    private long statementsFor(Statistics statistics, Setting s) throws Exception {
        var fewest = Long.MAX_VALUE;
        statistics.setStatisticsEnabled(true);
        try {
            for (int i = 0; i < 3; i++) {
                statistics.clear();
                mvc.perform(get(s.site()).with(user(s.inspector()))).andExpect(status().isOk());
                fewest = Math.min(fewest, statistics.getPrepareStatementCount());
            }
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        return fewest;
    }

    @Test
    void htmlNamedPdfIsRefusedByItsContent() throws Exception {
        var s = setting();
        var html = "<html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart(s.attachments()).file(new MockMultipartFile("file", "report.pdf", "application/pdf",
                        html)).with(user(s.inspector())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString("This file is not a PDF, JPEG or PNG file")))
                .andExpect(content().string(containsString("class=\"error-summary\"")));
        mvc.perform(multipart(s.attachments()).file(new MockMultipartFile("file", "report.pdf", "application/pdf",
                        html)).with(user(s.inspector())).with(csrf()).cookie(new Cookie("ORE_PASS_LANG", "fr")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce fichier n’est ni un PDF, ni un JPEG, ni un PNG.")));
        mvc.perform(multipart(s.attachments()).with(user(s.inspector())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a file to upload.")));
        mvc.perform(get(s.site()).with(user(s.inspector())))
                .andExpect(content().string(not(containsString("report.pdf"))));
    }

    @Test
    void aFileOverTheLimitIsRefusedWithAMessage() throws Exception {
        var s = setting();
        mvc.perform(multipart(s.attachments()).file(new MockMultipartFile("file", "scan.pdf", "application/pdf",
                        pdf(10 * 1024 * 1024 + 1))).with(user(s.inspector())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString("The file is too large: at most 10 MB.")));
    }

    /** Over the server's multipart limit the request is cut off before any controller: a real HTTP upload. */
    @Test
    void anUploadOverTheServerLimitComesBackToTheFormWithTheMessage() throws Exception {
        var s = setting();
        var account = fixtures.user(Role.INSPECTOR);
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var base = "http://localhost:" + port;
        var login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var token = csrfToken(login);
        http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + account.getUsername() + "&password="
                        + URLEncoder.encode(AccountFixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        var form = http.send(HttpRequest.newBuilder(URI.create(base + s.attachments() + "/new")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        var action = Pattern.compile("action=\"([^\"]+)\"").matcher(form.body().substring(
                form.body().indexOf("multipart/form-data")));
        assertThat(action.find()).isTrue();
        var boundary = "----orepass" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(pdf(14 * 1024 * 1024));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        var upload = http.send(HttpRequest.newBuilder(URI.create(base + action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).isEqualTo(302);
        var location = upload.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains(s.attachments() + "/new");
        var again = http.send(HttpRequest.newBuilder(URI.create(base).resolve(location)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.body()).contains("id=\"file-error\"").contains("The file is too large: at most 10 MB.");
    }

    @Test
    void inspectorsOfTheSiteUploadAndWhoeverSeesTheSiteDownloads() throws Exception {
        var s = setting();
        mvc.perform(multipart(s.attachments()).file(new MockMultipartFile("file", "photo.png", "image/png",
                        png(5_000))).with(user(s.inspector())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var download = downloadLink(s, s.inspector(), "photo.png");
        var owner = SignedInUser.of(s.operator(), false).withoutPassword();
        var cso = fixtures.signedIn(Role.CSO_MONITOR);
        var otherOperator = fixtures.signedIn(Role.OPERATOR);
        var admin = fixtures.signedIn(Role.ADMIN);
        mvc.perform(get(download).with(user(owner))).andExpect(status().isOk());
        mvc.perform(get(download).with(user(cso))).andExpect(status().isOk());
        mvc.perform(get(download).with(user(otherOperator)).accept("text/html")).andExpect(status().isNotFound());
        // An id of another inspection or site does not lead to the file.
        mvc.perform(get(download.replaceFirst("/inspections/\\d+", "/inspections/0")).with(user(s.inspector()))
                .accept("text/html")).andExpect(status().isNotFound());
        for (var reader : new SignedInUser[] {owner, cso, admin}) {
            mvc.perform(get(s.attachments() + "/new").with(user(reader))).andExpect(status().isForbidden());
            mvc.perform(multipart(s.attachments()).file(new MockMultipartFile("file", "x.png", "image/png",
                    png(100))).with(user(reader)).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(get(s.site()).with(user(owner)))
                .andExpect(content().string(containsString("photo.png")))
                .andExpect(content().string(not(containsString(s.attachments() + "/new"))));
        mvc.perform(multipart(s.attachments()).file(new MockMultipartFile("file", "x.png", "image/png", png(100)))
                .with(user(s.inspector()))).andExpect(status().isForbidden());
    }

    private static String csrfToken(String page) {
        var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
