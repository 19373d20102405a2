package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Counted texts, numbers and stored labels in the reader's language (issue 16): no "(s)" and no "1 lots", numbers
 * grouped with the reader's signs, and the rows the migrations stored in English read translated.
 */
@PlatformTest
class ReaderLanguageIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired MessageSource messages;
    @Autowired Quantities quantities;

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es", "_sw"})
    void noTextCountsWithABracketedPlural(String suffix) throws Exception {
        var bundle = MessageBundleCompletenessTest.bundle(suffix);
        for (var key : bundle.stringPropertyNames()) {
            assertThat(bundle.getProperty(key)).as("%s in messages%s", key, suffix)
                    .doesNotContain("(s)").doesNotContain("(es)").doesNotContain("(x)").doesNotContain("(n)");
        }
    }

    @Test
    void countedTextsTakeTheSingularForOneAndThePluralForMore() {
        var en = Locale.ENGLISH;
        assertThat(text("export.review.trace", en, 1)).contains("1 lot)").doesNotContain("lots");
        assertThat(text("export.review.trace", en, 3)).contains("3 lots");
        assertThat(text("genealogy.back.title", en, 1)).contains("1 lot ");
        assertThat(text("siteimport.job.rows", en, 1)).isEqualTo("(1 row)");
        assertThat(text("sitemap.cluster.title", Locale.FRENCH, 2, 1, 0, 0, 1))
                .isEqualTo("2 sites ici : 1 rouge, 0 jaune, 0 bleu, 1 vert");
        assertThat(text("siteimport.job.rows", Locale.FRENCH, 1200)).isEqualTo("(1\u202f200 lignes)");
        var sw = Locale.forLanguageTag("sw");
        assertThat(text("export.review.trace", sw, 1)).contains("mzigo 1").doesNotContain("mizigo");
        assertThat(text("export.review.trace", sw, 4)).contains("mizigo 4");
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    @Test
    void numbersReadWithTheReadersSignsAndWithoutTheColumnsTrailingZeros() {
        try {
            LocaleContextHolder.setLocale(Locale.FRENCH);
            assertThat(quantities.number(new BigDecimal("250000.500"))).isEqualTo("250\u00a0000,5");
            assertThat(quantities.percent(new BigDecimal("65.000"))).isEqualTo("65\u00a0%");
            assertThat(quantities.kg(new BigDecimal("12.500"))).isEqualTo("12,5\u00a0kg");
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(quantities.number(new BigDecimal("250000.500"))).isEqualTo("250,000.5");
            assertThat(quantities.percent(new BigDecimal("65.000"))).isEqualTo("65%");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "sw"})
    void theThresholdsTheMigrationsStoredInEnglishReadInTheReadersLanguage(String language) throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var html = mvc.perform(get("/admin/eu-thresholds").with(user(admin)).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var row = Jsoup.parse(html).select("#threshold-2609\\.00\\.00").text();
        var locale = Locale.forLanguageTag(language);
        assertThat(row).doesNotContain("Tin ores and concentrates").doesNotContain("Regulation (EU)")
                .contains(messages.getMessage("risk.threshold.seed.2609.00.00", null, locale))
                .contains(messages.getMessage("risk.threshold.seed.source", null, locale));
        assertThat(Jsoup.parse(html).select("#threshold-2611\\.00\\.00").text())
                .contains("fr".equals(language) ? "250 000" : "250,000");
    }
}
