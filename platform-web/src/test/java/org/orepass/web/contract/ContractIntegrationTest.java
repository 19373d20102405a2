package org.orepass.web.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.custody.TagIssuing;
import org.orepass.site.Mineral;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Contracts with traders (issue 24) through the pages: a producer records a contract whose terms raise every prompt
 * (and one that raises none), in the reader's language; bad input comes back by its field with what was typed; the
 * contract is the producer's and the buyer's only; the signed document is checked like every upload; a sale cites
 * the contract only when it is the seller's, names the buyer and is in force, and its price is compared with the
 * contract's on the lot page and the contract page.
 */
@PlatformTest
class ContractIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    MessageSource messages;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A contract with every term that deserves advice: 80 % of the reference, 12 % deductions, exclusive with no
     * minimum price, no independent assay, paid after 45 days. */
    private MockHttpServletRequestBuilder harsh(SignedInUser producer, SignedInUser buyer, String reference,
            String... overrides) {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("reference", reference);
        fields.put("counterpartyId", String.valueOf(buyer.organisationId()));
        fields.put("mineral", "GOLD");
        fields.put("signedOn", today().minusDays(3).toString());
        fields.put("startsOn", today().minusDays(3).toString());
        fields.put("priceBasis", "REFERENCE_SHARE");
        fields.put("referenceShare", "80");
        fields.put("deductionsPercent", "12");
        fields.put("paymentDays", "45");
        fields.put("exclusive", "true");
        fields.put("explainedIn", "Shona");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        var request = post("/contracts").with(user(producer)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private long created(ResultActions result) throws Exception {
        var url = result.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring("/contracts/".length()));
    }

    private Document page(String url, SignedInUser who, Locale locale) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(who)).locale(locale)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void aContractWithHarshTermsShowsEveryPromptAsAdviceToSeekInTheReadersLanguage() throws Exception {
        var producer = fixtures.signedIn(Role.OPERATOR);
        var buyer = fixtures.signedIn(Role.EXPORTER);
        var reference = AccountFixtures.unique("K");
        long id = created(mvc.perform(harsh(producer, buyer, reference)));
        var english = page("/contracts/" + id, producer, Locale.ENGLISH);
        assertThat(english.select("#prompts li").eachAttr("id")).containsExactlyInAnyOrder(
                "prompt-PRICE_BELOW_REFERENCE", "prompt-DEDUCTIONS_HIGH", "prompt-EXCLUSIVE_WITHOUT_MINIMUM",
                "prompt-NO_INDEPENDENT_ASSAY", "prompt-LATE_PAYMENT");
        assertThat(english.select("#prompt-PRICE_BELOW_REFERENCE").text())
                .isEqualTo("The price is 80 % of the reference price, below 85 %. Ask for advice about the price.");
        assertThat(english.select("#prompt-LATE_PAYMENT").text()).contains("45 days", "30 days", "Ask for advice");
        assertThat(english.select("#prompts").text()).doesNotContainIgnoringCase("unfair").contains("not a legal judgement");
        var swahili = page("/contracts/" + id, producer, Locale.forLanguageTag("sw"));
        assertThat(swahili.select("#prompt-DEDUCTIONS_HIGH").text()).contains("12 %", "Omba ushauri");
        var french = page("/contracts/" + id, buyer, Locale.FRENCH);
        assertThat(french.select("#prompt-NO_INDEPENDENT_ASSAY").text()).contains("Demandez conseil");
        // The list counts the prompts; the audit trail has the contract.
        assertThat(page("/contracts", producer, Locale.ENGLISH).select("#contract-" + id + " td").eachText())
                .contains(reference, "5");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'Contract' and "
                + "entity_id = ? and action = 'CREATE' and actor = ?", Long.class, String.valueOf(id),
                producer.username())).isEqualTo(1);
    }

    @Test
    void fairTermsRaiseNoPrompt() throws Exception {
        var producer = fixtures.signedIn(Role.OPERATOR);
        var buyer = fixtures.signedIn(Role.EXPORTER);
        long id = created(mvc.perform(harsh(producer, buyer, AccountFixtures.unique("K"), "referenceShare", "92",
                "deductionsPercent", "5", "paymentDays", "7", "exclusive", "false", "independentAssay", "true")));
        var page = page("/contracts/" + id, producer, Locale.ENGLISH);
        assertThat(page.select("#prompts li")).isEmpty();
        assertThat(page.select("#prompts").text()).contains("You may still ask for advice");
    }

    @Test
    void badInputIsRefusedByItsFieldWithWhatWasTypedKeptAndNothingStored() throws Exception {
        var producer = fixtures.signedIn(Role.OPERATOR);
        var before = jdbc.queryForObject("select count(*) from contract", Long.class);
        var html = mvc.perform(post("/contracts").with(user(producer)).with(csrf()).locale(Locale.forLanguageTag("sw"))
                        .param("reference", "").param("counterpartyName", "Harare Gold Buyers")
                        .param("mineral", "GOLD").param("signedOn", today().toString())
                        .param("startsOn", today().toString()).param("endsOn", today().minusDays(1).toString())
                        .param("priceBasis", "FIXED").param("priceCurrency", "usd").param("deductionsPercent", "101")
                        .param("paymentDays", "many"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.select(".error-summary li").size()).isGreaterThanOrEqualTo(5);
        assertThat(page.select("#reference-error").text()).contains("Andika jina au namba ya mkataba");
        assertThat(page.select("#endsOn-error").text()).isNotBlank();
        assertThat(page.select("#fixedPrice-error").text()).contains("Andika bei");
        assertThat(page.select("#deductionsPercent-error").text()).isNotBlank();
        assertThat(page.select("#paymentDays-error").text()).isNotBlank();
        assertThat(page.select("#counterpartyName").val()).isEqualTo("Harare Gold Buyers");
        assertThat(page.select("#paymentDays").val()).isEqualTo("many");
        assertThat(jdbc.queryForObject("select count(*) from contract", Long.class)).isEqualTo(before);
    }

    @Test
    void aContractIsTheProducersAndTheBuyersOnly() throws Exception {
        var producer = fixtures.signedIn(Role.OPERATOR);
        var buyer = fixtures.signedIn(Role.EXPORTER);
        long id = created(mvc.perform(harsh(producer, buyer, AccountFixtures.unique("K"))));
        mvc.perform(get("/contracts/" + id).with(user(fixtures.colleague(producer, Role.OPERATOR))))
                .andExpect(status().isOk());
        for (var outsider : new SignedInUser[] {fixtures.signedIn(Role.OPERATOR), fixtures.signedIn(Role.ADMIN),
                fixtures.signedIn(Role.AUDITOR), fixtures.signedIn(Role.INSPECTOR),
                fixtures.signedIn(Role.CSO_MONITOR)}) {
            mvc.perform(get("/contracts/" + id).with(user(outsider))).andExpect(status().isNotFound());
        }
        // Only the owner's operators and exporters record and add documents; auditors record nothing.
        mvc.perform(harsh(fixtures.signedIn(Role.AUDITOR), buyer, "K-1")).andExpect(status().isForbidden());
        var pdf = new MockMultipartFile("file", "../signed.pdf", "application/pdf",
                "%PDF-1.4 signed".getBytes(StandardCharsets.US_ASCII));
        mvc.perform(multipart("/contracts/" + id + "/documents").file(pdf).with(user(buyer)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/contracts/" + id + "/documents").file(pdf).with(user(producer)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "contract.document.saved"));
        var html = new MockMultipartFile("file", "photo.png", "image/png",
                "<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
        mvc.perform(multipart("/contracts/" + id + "/documents").file(html).with(user(producer)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("fileError", "attachment.file.type"));
        var documentId = jdbc.queryForObject("select id from contract_document where contract_id = ?", Long.class, id);
        assertThat(jdbc.queryForObject("select file_name from contract_document where id = ?", String.class,
                documentId)).isEqualTo("signed.pdf");
        mvc.perform(get("/contracts/" + id + "/documents/" + documentId).with(user(buyer))).andExpect(status().isOk());
        mvc.perform(get("/contracts/" + id + "/documents/" + documentId).with(user(fixtures.signedIn(Role.ADMIN))))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsRecordReferencePrices() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var source = AccountFixtures.unique("LBMA Gold Price PM");
        mvc.perform(referencePrice(admin, "2000", today().minusDays(1), source)).andExpect(status().is3xxRedirection());
        assertThat(page("/admin/reference-prices", admin, Locale.ENGLISH).text()).contains(source, "2,000");
        mvc.perform(referencePrice(fixtures.signedIn(Role.OPERATOR), "2000", today(), "x"))
                .andExpect(status().isForbidden());
        var refused = Jsoup.parse(mvc.perform(referencePrice(admin, "-5", today().plusDays(30), "")
                        .locale(Locale.FRENCH)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(refused.select("#amount-error").text()).isNotBlank();
        assertThat(refused.select("#pricedOn-error").text()).isNotBlank();
        assertThat(refused.select("#source-error").text()).contains("Saisissez d’où vient le prix");
    }

    private MockHttpServletRequestBuilder referencePrice(SignedInUser who, String amount, LocalDate on,
            String source) {
        return post("/admin/reference-prices").with(user(who)).with(csrf()).param("mineral", "GOLD")
                .param("pricedOn", on.toString()).param("amount", amount).param("currency", "USD")
                .param("unit", "TROY_OUNCE").param("source", source);
    }

    @Test
    void aSaleCitesTheContractAndItsPriceIsComparedOnTheLotAndContractPages() throws Exception {
        var chain = chain();
        // 60 USD a gram is 60,000 USD a kilogram; 2 kg sold for 100,000 USD is 50,000 USD a kilogram: 16.7 % less.
        var reference = AccountFixtures.unique("K");
        long contract = created(mvc.perform(harsh(chain.producer(), chain.buyer(), reference,
                "priceBasis", "FIXED", "fixedPrice", "60", "priceCurrency", "USD", "priceUnit", "GRAM")));
        var lotPage = page("/lots/" + chain.lotId(), chain.producer(), Locale.ENGLISH);
        assertThat(lotPage.select("#contractId option").eachText()).anyMatch(text -> text.startsWith(reference));
        sell(chain, contract, "2", "100000").andExpect(status().is3xxRedirection());
        var transfer = jdbc.queryForObject("select id from custody_transfer where lot_id = ? and contract_id = ?",
                Long.class, chain.lotId(), contract);
        var row = page("/contracts/" + contract, chain.producer(), Locale.ENGLISH).select("#sale-" + transfer + " td")
                .eachText();
        assertThat(row).contains("50,000 USD per kg", "60,000 USD per kg", "-16.7%");
        assertThat(page("/lots/" + chain.lotId(), chain.producer(), Locale.ENGLISH).select(".contract-check").text())
                .isEqualTo("Contract " + reference + ": sold at 50,000, contract price 60,000 USD per kg (-16.7%)");
        // The buyer sees the same comparison on its own list of deliveries.
        assertThat(page("/transfers", chain.buyer(), Locale.ENGLISH).select(".contract-check").text())
                .contains(reference, "-16.7%");
    }

    @Test
    void aSaleMayCiteOnlyTheSellersContractWithThisBuyerInForceToday() throws Exception {
        var chain = chain();
        var otherBuyer = fixtures.signedIn(Role.EXPORTER);
        long withOther = created(mvc.perform(harsh(chain.producer(), otherBuyer, AccountFixtures.unique("K"))));
        long ended = created(mvc.perform(harsh(chain.producer(), chain.buyer(), AccountFixtures.unique("K"),
                "startsOn", today().minusDays(40).toString(), "signedOn", today().minusDays(40).toString(),
                "endsOn", today().minusDays(10).toString())));
        long otherMineral = created(mvc.perform(harsh(chain.producer(), chain.buyer(), AccountFixtures.unique("K"),
                "mineral", "CASSITERITE")));
        var stranger = fixtures.signedIn(Role.OPERATOR);
        long notTheSellers = created(mvc.perform(harsh(stranger, chain.buyer(), AccountFixtures.unique("K"))));
        assertRefused(chain, withOther, "contract.cite.buyer");
        assertRefused(chain, ended, "contract.cite.not-in-force");
        assertRefused(chain, otherMineral, "contract.cite.mineral");
        assertRefused(chain, notTheSellers, "contract.cite.unknown");
        assertRefused(chain, 999_999_999L, "contract.cite.unknown");
        assertThat(jdbc.queryForObject("select count(*) from custody_transfer where lot_id = ?", Long.class,
                chain.lotId())).isZero();
    }

    private void assertRefused(Chain chain, long contractId, String key) throws Exception {
        var html = sale(chain, contractId, "1", "").locale(Locale.ENGLISH);
        var page = Jsoup.parse(mvc.perform(html).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("#contractId-error").text())
                .contains(messages.getMessage(key, null, Locale.ENGLISH));
    }

    private record Chain(SignedInUser producer, SignedInUser buyer, long lotId) {
    }

    /**
     * A producer with a green site and a lot of 10 kg of gold, and a buyer in the same country (a contract cited on
     * its sale must be for gold).
     */
    private Chain chain() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var producer = fixtures.signedIn(Role.OPERATOR);
        var buyer = fixtures.signedIn(Role.EXPORTER);
        var site = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", AccountFixtures.unique("Contract pit")).param("country", "UG")
                        .param("division", "UG-W").param("locality", "Kisoro").param("latitude", "-1.2833")
                        .param("longitude", "29.6947").param("locationConfirmed", "true")
                        .param("minerals", Mineral.GOLD.name())
                        .param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                        .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT")
                        .param("licenceNumber", "AP-" + System.nanoTime()).param("workersMen", "4")
                        .param("workersWomen", "12").param("capacity[GOLD]", "100")
                        .param("ownerId", String.valueOf(producer.organisationId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long siteId = Long.parseLong(site.substring("/sites/".length()));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", siteId);
        var prefix = ("C" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + siteId + "/tags").with(user(inspector)).with(csrf())
                .param("prefix", prefix).param("from", "1").param("to", "1")).andExpect(status().is3xxRedirection());
        var lot = mvc.perform(post("/lots").param("site", String.valueOf(siteId)).with(user(producer))
                        .with(csrf()).param("tagNumber", TagIssuing.number(prefix, 1)).param("mineral", "GOLD")
                        .param("mass", "10").param("unit", "KGM").param("productionDate", today().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return new Chain(producer, buyer, Long.parseLong(lot.substring("/lots/".length())));
    }

    private ResultActions sell(Chain chain, long contractId, String kg, String amount) throws Exception {
        return mvc.perform(sale(chain, contractId, kg, amount));
    }

    private MockHttpServletRequestBuilder sale(Chain chain, long contractId, String kg, String amount) {
        return post("/lots/" + chain.lotId() + "/sales").with(user(chain.producer())).with(csrf())
                .param("buyerId", String.valueOf(chain.buyer().organisationId())).param("massKg", kg)
                .param("paymentMethod", amount.isEmpty() ? "" : "BANK_TRANSFER").param("paymentAmount", amount)
                .param("paymentCurrency", amount.isEmpty() ? "" : "USD").param("contractId", String.valueOf(contractId))
                .param("version", String.valueOf(jdbc.queryForObject("select version from lot where id = ?",
                        Long.class, chain.lotId())));
    }
}
