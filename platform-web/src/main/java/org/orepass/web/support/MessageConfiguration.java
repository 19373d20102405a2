package org.orepass.web.support;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.orepass.shared.Money;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles, as Spring Boot would set them up from {@code spring.messages}, with each text found kept by
 * language and key (issue 15, the per-request cost of a page).
 *
 * <p>The platform has one bundle per feature (about 26): Spring's source tries each bundle in turn for every text a
 * page shows, two map look-ups per bundle, a few per cent of a signed-in page. Here a text is looked up that way
 * once per language and then read from one map. Only texts found are kept, so the maps hold at most every key of
 * the bundles in the four languages, whatever the requests ask for.
 */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) {
        var source = new RememberingMessageSource();
        source.setBasenames(properties.getBasename().toArray(String[]::new));
        if (properties.getEncoding() != null) {
            source.setDefaultEncoding(properties.getEncoding().name());
        }
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        if (properties.getCacheDuration() != null) {
            source.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        return source;
    }

    /** A bundle source that remembers each text it found, unless bundles are to be read again after a while. */
    static final class RememberingMessageSource extends ResourceBundleMessageSource {

        private final Map<Locale, Map<String, String>> texts = new ConcurrentHashMap<>();
        private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            if (getCacheMillis() >= 0) {
                return super.resolveCodeWithoutArguments(code, locale);
            }
            var known = texts.computeIfAbsent(locale, any -> new ConcurrentHashMap<>());
            var text = known.get(code);
            if (text == null) {
                text = super.resolveCodeWithoutArguments(code, locale);
                if (text != null) {
                    known.put(code, text);
                }
            }
            return text;
        }

        /**
         * Arguments as the reader writes them: an amount of {@link Money} a rule refused with ("a loan of
         * 6000.00 at most", issue 23) comes from the domain as the amount and its currency and is written here as
         * the pages write money ({@link Quantities#money(Number, String)}: the language's digit groups and decimal
         * sign, the currency's digits, the code where the language puts it).
         */
        @Override
        protected Object[] resolveArguments(Object[] args, Locale locale) {
            var resolved = super.resolveArguments(args, locale);
            for (int i = 0; i < resolved.length; i++) {
                if (resolved[i] instanceof Money money) {
                    resolved[i] = Quantities.money(money.amount(), money.currency(), locale);
                }
            }
            return resolved;
        }

        /**
         * The same {@link MessageFormat} Spring keeps per bundle (callers synchronise on it while formatting), found
         * once.
         */
        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            if (getCacheMillis() >= 0) {
                return super.resolveCode(code, locale);
            }
            var known = formats.computeIfAbsent(locale, any -> new ConcurrentHashMap<>());
            var format = known.get(code);
            if (format == null) {
                format = super.resolveCode(code, locale);
                if (format != null) {
                    known.put(code, format);
                }
            }
            return format;
        }
    }
}
