package org.orepass.sms;

import java.util.Optional;

/**
 * Reads a text message: {@code KEYWORD [category] [place] [what happened]}.
 * <ul>
 *   <li>A report: {@code RIPOTI WATOTO Rubaya watoto wanachimba shimo}. The category is a word of
 *       {@link SmsCategory} or its number; the place is the words before the first comma, full stop or colon
 *       when there is one ({@code REPORT accident Nyabibwe centre, the pit fell}), else the first word; the rest
 *       is what happened. Any part may be missing: the conversation asks for it.</li>
 *   <li>A status question: {@code HALI ABCD-EFGH-JKMN-PQRS} (the follow-up code, any case, spaces or hyphens).</li>
 *   <li>Help: {@code MSAADA}, {@code AIDE}, {@code HELP}.</li>
 * </ul>
 * A message whose first word is no keyword is {@link Unrecognised}: the answer to a question of an open
 * conversation, or else a reason to send the help text.
 */
public final class SmsGrammar {

    private static final int MAX_PLACE_WORDS = 4;

    private SmsGrammar() {
    }

    /** What a message says. */
    public sealed interface Message permits Report, StatusQuestion, Help, Unrecognised {
    }

    /** A report, whole or in part. */
    public record Report(ReportDraft draft) implements Message {
    }

    /** A question about a report; the code is empty when the sender left it out. */
    public record StatusQuestion(SmsLanguage language, String code) implements Message {
    }

    /** A request for the help text. */
    public record Help(SmsLanguage language) implements Message {
    }

    /** No keyword: the whole text, for a conversation to take as an answer. */
    public record Unrecognised(String text) implements Message {
    }

    public static Message read(String text) {
        var message = text == null ? "" : text.strip();
        var words = message.split("\\s+", 2);
        Optional<SmsKeyword> keyword = words[0].isEmpty() ? Optional.empty() : SmsKeyword.of(stripPunctuation(words[0]));
        if (keyword.isEmpty()) {
            return new Unrecognised(message);
        }
        var rest = words.length > 1 ? words[1].strip() : "";
        var language = keyword.get().language();
        return switch (keyword.get().intent()) {
            case HELP -> new Help(language);
            case STATUS -> new StatusQuestion(language, rest);
            case REPORT -> new Report(report(language, rest));
        };
    }

    private static ReportDraft report(SmsLanguage language, String rest) {
        var words = rest.split("\\s+", 2);
        var category = words[0].isEmpty() ? Optional.<SmsCategory>empty()
                : SmsCategory.named(stripPunctuation(words[0]));
        if (category.isPresent()) {
            rest = words.length > 1 ? words[1].strip() : "";
        }
        String place;
        String description;
        int separator = firstSeparator(rest);
        if (separator >= 0) {
            place = rest.substring(0, separator);
            description = rest.substring(separator + 1);
        } else {
            var placeAndText = rest.split("\\s+", 2);
            place = placeAndText[0];
            description = placeAndText.length > 1 ? placeAndText[1] : null;
        }
        return new ReportDraft(language, category.orElse(null), place, description);
    }

    /**
     * Where a place of several words ends: the first comma, full stop, colon or semicolon that has words after it
     * and at most {@value #MAX_PLACE_WORDS} words before it (a full stop ending the message is no separator).
     */
    private static int firstSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (",.:;".indexOf(text.charAt(i)) >= 0) {
                var before = text.substring(0, i).strip();
                boolean placeLike = !before.isEmpty() && before.split("\\s+").length <= MAX_PLACE_WORDS;
                return placeLike && !text.substring(i + 1).isBlank() ? i : -1;
            }
        }
        return -1;
    }

    private static String stripPunctuation(String word) {
        return word.replaceAll("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$", "");
    }
}
