package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Issue 16: a date box's label says the date the way the browser's picker shows it, and both ways are read. */
class DateInputsTest {

    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    @Test
    void thePickersOrderFollowsTheBrowsersLocale() {
        assertThat(DateInputs.Pattern.of(Locale.forLanguageTag("fr-FR"))).isEqualTo(new DateInputs.Pattern("dmy", "/"));
        assertThat(DateInputs.Pattern.of(Locale.forLanguageTag("en-US"))).isEqualTo(new DateInputs.Pattern("mdy", "/"));
        assertThat(DateInputs.Pattern.of(Locale.forLanguageTag("en-GB"))).isEqualTo(new DateInputs.Pattern("dmy", "/"));
        assertThat(DateInputs.Pattern.of(Locale.forLanguageTag("de-DE"))).isEqualTo(new DateInputs.Pattern("dmy", "."));
        assertThat(DateInputs.Pattern.of(Locale.forLanguageTag("sw-KE")).order()).isEqualTo("dmy");
        assertThat(DateInputs.Pattern.of(Locale.forLanguageTag("fr-FR")).formatter().format(MARCH_31))
                .isEqualTo("31/03/2026");
        assertThat(DateInputs.Pattern.of(Locale.forLanguageTag("en-US")).formatter().format(MARCH_31))
                .isEqualTo("03/31/2026");
    }

    @Test
    void aDateIsReadInIsoOrInThePickersOrderAndNothingElse() {
        var french = Locale.forLanguageTag("fr-FR");
        assertThat(DateInputs.parse("2026-03-31", french)).contains(MARCH_31);
        assertThat(DateInputs.parse(" 31/03/2026 ", french)).contains(MARCH_31);
        assertThat(DateInputs.parse("1/3/2026", french)).contains(LocalDate.of(2026, 3, 1));
        assertThat(DateInputs.parse("03/31/2026", Locale.forLanguageTag("en-US"))).contains(MARCH_31);
        assertThat(DateInputs.parse("03/31/2026", french)).as("no 31st month").isEmpty();
        assertThat(DateInputs.parse("31/02/2026", french)).as("no 31 February").isEmpty();
        assertThat(DateInputs.parse("31/03/26", french)).as("a year of four digits").isEmpty();
        assertThat(DateInputs.parse("yesterday", french)).isEmpty();
        assertThat(DateInputs.parse("31.03.2026", Locale.GERMANY)).contains(MARCH_31);
    }

    @Test
    void theHintNamesThePartsInThePagesLanguageInThePickersOrder() {
        var messages = new StaticMessageSource();
        messages.addMessage("form.date.hint", Locale.FRENCH, "({0}, par exemple {1})");
        messages.addMessage("form.date.part.d", Locale.FRENCH, "jour");
        messages.addMessage("form.date.part.m", Locale.FRENCH, "mois");
        messages.addMessage("form.date.part.y", Locale.FRENCH, "année");
        var request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "en-US,en;q=0.9,fr;q=0.8");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        LocaleContextHolder.setLocale(Locale.FRENCH);
        try {
            assertThat(new DateInputs(messages).hint()).isEqualTo("(mois/jour/année, par exemple 03/31/2026)");
            request.removeHeader("Accept-Language");
            request.addHeader("Accept-Language", "fr-CD");
            assertThat(new DateInputs(messages).hint()).isEqualTo("(jour/mois/année, par exemple 31/03/2026)");
            request.removeHeader("Accept-Language");
            request.addHeader("Accept-Language", "not a ;; header");
            assertThat(new DateInputs(messages).hint()).as("the page's language").startsWith("(jour/mois/année");
        } finally {
            RequestContextHolder.resetRequestAttributes();
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
