package org.orepass.sms;

import java.util.Locale;

/** The languages a phone user can write in: the keyword they use says which one, and replies follow it. */
public enum SmsLanguage {
    SW, FR, EN;

    public Locale locale() {
        return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
    }

    /** The language of a locale, Swahili when it is none of the three (the default of the programmes' phones). */
    public static SmsLanguage of(Locale locale) {
        if (locale == null) {
            return SW;
        }
        return switch (locale.getLanguage()) {
            case "fr" -> FR;
            case "en" -> EN;
            default -> SW;
        };
    }
}
