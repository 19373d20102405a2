package org.orepass.sms;

import java.util.Optional;

/**
 * A report being put together from one or more messages: what kind of thing happened, where, and what. A part
 * still missing is asked for, one at a time, in the order a person would tell it.
 */
public record ReportDraft(SmsLanguage language, SmsCategory category, String place, String description) {

    /** The longest place kept: the incident's locality column. */
    public static final int MAX_PLACE = 120;

    /** The parts of a report, in the order they are asked for. */
    public enum Part {
        CATEGORY, PLACE, DESCRIPTION
    }

    public ReportDraft {
        place = blankToNull(place);
        description = blankToNull(description);
    }

    /** The first part still missing, if any. */
    public Optional<Part> missing() {
        if (category == null) {
            return Optional.of(Part.CATEGORY);
        }
        if (place == null) {
            return Optional.of(Part.PLACE);
        }
        return description == null ? Optional.of(Part.DESCRIPTION) : Optional.empty();
    }

    /**
     * The draft with the next message taken as the answer to the part asked for. A category that names nothing
     * known leaves the draft as it was, so the same question is asked again.
     */
    public ReportDraft answer(String message) {
        var part = missing().orElse(null);
        if (part == null) {
            return this;
        }
        return switch (part) {
            case CATEGORY -> SmsCategory.named(firstWord(message))
                    .map(found -> new ReportDraft(language, found, place, description)).orElse(this);
            case PLACE -> new ReportDraft(language, category, message, description);
            case DESCRIPTION -> new ReportDraft(language, category, place, message);
        };
    }

    private static String firstWord(String message) {
        var words = message == null ? new String[0] : message.strip().split("\\s+");
        return words.length == 0 ? null : words[0];
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
