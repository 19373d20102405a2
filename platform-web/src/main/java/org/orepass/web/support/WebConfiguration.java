package org.orepass.web.support;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.orepass.web.security.PasswordChangeGate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: chosen with {@code ?lang=xx} (the switcher's links), remembered in a cookie for a year, else taken
 * from the browser's Accept-Language, else English.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = SupportedLanguages.ALL;

    private final PasswordChangeGate passwordChangeGate;
    private final UploadTooLargeMessage uploadTooLarge;
    private final ReadOnlyPageTransactions readOnlyPages;

    WebConfiguration(PasswordChangeGate passwordChangeGate, UploadTooLargeMessage uploadTooLarge,
            ReadOnlyPageTransactions readOnlyPages) {
        this.passwordChangeGate = passwordChangeGate;
        this.uploadTooLarge = uploadTooLarge;
        this.readOnlyPages = readOnlyPages;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("ORE_PASS_LANG");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            for (var range : Locale.LanguageRange.parse(headerOrEnglish(request.getHeader("Accept-Language")))) {
                for (var language : LANGUAGES) {
                    if (range.getRange().equals("*") || range.getRange().startsWith(language.getLanguage())) {
                        return language;
                    }
                }
            }
            return Locale.ENGLISH;
        });
        return SupportedLanguages.only(resolver);
    }

    private static String headerOrEnglish(String header) {
        try {
            return header == null || header.isBlank() ? "en" : (Locale.LanguageRange.parse(header).isEmpty() ? "en" : header);
        } catch (IllegalArgumentException e) {
            return "en";
        }
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new PickerDateFormatting());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
        registry.addInterceptor(passwordChangeGate);
        registry.addInterceptor(uploadTooLarge);
        registry.addInterceptor(readOnlyPages);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/")
                .setCacheControl(org.springframework.http.CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
    }
}
