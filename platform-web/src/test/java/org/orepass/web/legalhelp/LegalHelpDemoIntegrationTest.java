package org.orepass.web.legalhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.orepass.account.UserAccounts;
import org.orepass.web.contract.ContractDemo;
import org.orepass.web.demo.DemoData;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Demo mode (issue 24): a contract of the demo cooperative that raises prompts, and a legal case of the demo
 * operator whose helper is the demo CSO; made once, however often the platform starts.
 */
@PlatformTest
class LegalHelpDemoIntegrationTest {

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private SignedInUser demo(String username) {
        return SignedInUser.of(accounts.findByUsernameIgnoreCase(username).orElseThrow(), false).withoutPassword();
    }

    private void startTwice() {
        for (int start = 0; start < 2; start++) {
            beans.createBean(DemoData.class).run(null);
            beans.createBean(ContractDemo.class).run();
            beans.createBean(LegalHelpDemo.class).run();
        }
    }

    @Test
    void theDemoHasAContractWithPromptsAndALegalCaseHelpedByTheDemoCso() throws Exception {
        startTwice();
        var contracts = jdbc.queryForList("select id from contract where reference = ?", Long.class,
                ContractDemo.REFERENCE);
        assertThat(contracts).hasSize(1);
        var page = Jsoup.parse(mvc.perform(get("/contracts/" + contracts.get(0)).with(user(demo("operator")))
                .locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#prompts li").eachAttr("id")).contains("prompt-PRICE_BELOW_REFERENCE",
                "prompt-NO_INDEPENDENT_ASSAY");
        var cases = jdbc.queryForList("select id from legal_case where subject = ?", Long.class,
                LegalHelpDemo.SUBJECT);
        assertThat(cases).hasSize(1);
        assertThat(jdbc.queryForObject("select helper_username from legal_case where id = ?", String.class,
                cases.get(0))).isEqualTo("cso");
        assertThat(jdbc.queryForObject("select provider_id from legal_case where id = ?", Long.class, cases.get(0)))
                .isEqualTo(accounts.findByUsernameIgnoreCase("cso").orElseThrow().getOrganisation().getId());
        mvc.perform(get("/legal-help/" + cases.get(0)).with(user(demo("cso")))).andExpect(status().isOk());
        mvc.perform(get("/legal-help/" + cases.get(0)).with(user(demo("operator")))).andExpect(status().isOk());
        mvc.perform(get("/legal-help/" + cases.get(0)).with(user(demo("admin")))).andExpect(status().isNotFound());
        mvc.perform(get("/legal-help/" + cases.get(0)).with(user(demo("auditor")))).andExpect(status().isNotFound());
    }

    /**
     * The pages of issue 24 (demo data on them) weigh at most 100 KB with their stylesheet, in every language, and
     * show no missing text; the heaviest is printed (docs/contracts-and-legal-help.md).
     */
    @Test
    void everyPageOfContractsAndLegalHelpStaysWithin100KilobytesInEveryLanguage() throws Exception {
        startTwice();
        var contract = jdbc.queryForObject("select id from contract where reference = ?", Long.class,
                ContractDemo.REFERENCE);
        var legalCase = jdbc.queryForObject("select min(id) from legal_case where subject = ?", Long.class,
                LegalHelpDemo.SUBJECT);
        var css = mvc.perform(get("/css/orepass.css")).andReturn().getResponse().getContentAsByteArray().length;
        var pages = java.util.List.of(
                java.util.Map.entry("operator", "/contracts"), java.util.Map.entry("operator", "/contracts/new"),
                java.util.Map.entry("operator", "/contracts/" + contract), java.util.Map.entry("operator", "/legal-help"),
                java.util.Map.entry("operator", "/legal-help/" + legalCase), java.util.Map.entry("cso", "/legal-help"),
                java.util.Map.entry("cso", "/legal-help/" + legalCase), java.util.Map.entry("admin", "/legal-help"),
                java.util.Map.entry("admin", "/admin/reference-prices"),
                java.util.Map.entry("admin", "/admin/legal-help-providers"));
        long heaviest = 0;
        for (var language : java.util.List.of("en", "fr", "es", "sw")) {
            for (var page : pages) {
                var html = mvc.perform(get(page.getValue()).param("lang", language).with(user(demo(page.getKey()))))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(html).as("%s in %s", page, language).contains("lang=\"" + language + "\"")
                        .doesNotContain("??");
                long total = html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + css;
                assertThat(total).as("bytes of %s in %s", page, language).isLessThanOrEqualTo(100 * 1024);
                heaviest = Math.max(heaviest, total);
            }
        }
        System.out.printf("Contracts and legal help: heaviest page %d bytes with its stylesheet (%d bytes)%n",
                heaviest, css);
    }
}
