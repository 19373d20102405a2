package org.orepass.sms;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The first word of a message: what the sender wants, and in which language to answer. "RIPOTI", "SIGNALER" and
 * "REPORT" start a report; "HALI", "STATUT" and "STATUS" ask about one by its follow-up code; "MSAADA", "AIDE" and
 * "HELP" ask how to write. Spelling slips are allowed ("RIPOT", "SIGNALE", "STATS").
 */
public record SmsKeyword(Intent intent, SmsLanguage language) {

    /** What a keyword asks for. */
    public enum Intent {
        REPORT, STATUS, HELP
    }

    private static final Map<String, SmsKeyword> WORDS = new HashMap<>();

    static {
        add(Intent.REPORT, SmsLanguage.SW, "ripoti", "taarifa", "ripota");
        add(Intent.REPORT, SmsLanguage.FR, "signaler", "signale", "signalement", "alerte", "rapport");
        add(Intent.REPORT, SmsLanguage.EN, "report");
        add(Intent.STATUS, SmsLanguage.SW, "hali");
        add(Intent.STATUS, SmsLanguage.FR, "statut", "etat", "suivi");
        add(Intent.STATUS, SmsLanguage.EN, "status");
        add(Intent.HELP, SmsLanguage.SW, "msaada", "saidia");
        add(Intent.HELP, SmsLanguage.FR, "aide");
        add(Intent.HELP, SmsLanguage.EN, "help", "info");
    }

    private static void add(Intent intent, SmsLanguage language, String... words) {
        for (var word : words) {
            WORDS.put(word, new SmsKeyword(intent, language));
        }
    }

    /** The keyword a word is, slips allowed; empty when it is none (a reply in a conversation, or noise). */
    public static Optional<SmsKeyword> of(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(SmsWords.closest(word, WORDS));
    }
}
