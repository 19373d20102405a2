package org.orepass.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The USSD menu in Africa's Talking's form: each request carries every answer so far joined by {@code *}, and the
 * menu is worked out again from them (no state is kept between screens). Screens: language; report or status;
 * for a report the category, the province (pages of {@value #PAGE} with "more"), the place typed in (then the
 * registered sites of the province whose names match it, to pick one or keep what was typed), what happened; for a status the follow-up code. An answer that is no choice of
 * its screen is passed over and the screen asked again, saying so.
 */
public final class UssdMenu {

    static final int PAGE = 7;
    static final String MORE = "9";
    static final String OTHER = "8";
    static final int SITES = 7;

    private final SmsTexts texts;
    private final UssdPlaces places;

    public UssdMenu(SmsTexts texts, UssdPlaces places) {
        this.texts = texts;
        this.places = places;
    }

    /** What to answer: a screen (to continue or to close), or a report complete and ready to file. */
    public sealed interface Step permits Screen, Complete, StatusAsked {
    }

    /** {@code CON} (continue) or {@code END} (close) and the text of the screen. */
    public record Screen(boolean end, String text) implements Step {
        public String response() {
            return (end ? "END " : "CON ") + text;
        }
    }

    /** Every part of a report: the caller files it and closes with the follow-up code. */
    public record Complete(SmsLanguage language, SmsCategory category, String division, Long siteId, String place,
            String description) implements Step {
    }

    /** The reporter typed a follow-up code: the caller closes with the report's state. */
    public record StatusAsked(SmsLanguage language, String code) implements Step {
    }

    public Step next(String text, String country) {
        var answers = new Answers(text);
        var languageChoice = answers.choose(List.of("1", "2", "3"));
        if (languageChoice.isEmpty()) {
            return screen(SmsLanguage.SW, answers.wrong(), "sms.ussd.language");
        }
        var language = SmsLanguage.values()[Integer.parseInt(languageChoice.get()) - 1];
        var action = answers.choose(List.of("1", "2"));
        if (action.isEmpty()) {
            return screen(language, answers.wrong(), "sms.ussd.main");
        }
        if (action.get().equals("2")) {
            var code = answers.typed();
            return code.isEmpty() ? screen(language, false, "sms.ussd.code")
                    : new StatusAsked(language, code.get());
        }
        return report(answers, language, country);
    }

    private Step report(Answers answers, SmsLanguage language, String country) {
        var categories = new ArrayList<String>();
        for (var category : SmsCategory.values()) {
            categories.add(String.valueOf(category.number()));
        }
        var category = answers.choose(categories);
        if (category.isEmpty()) {
            return screen(language, answers.wrong(), "sms.ussd.category");
        }
        var smsCategory = SmsCategory.named(category.get()).orElseThrow();
        var divisions = places.divisions(country);
        String division = null;
        if (!divisions.isEmpty()) {
            int page = 0;
            while (true) {
                var shown = divisions.subList(page * PAGE, Math.min(divisions.size(), (page + 1) * PAGE));
                boolean more = (page + 1) * PAGE < divisions.size();
                var choices = numbers(shown.size());
                if (more) {
                    choices.add(MORE);
                }
                var chosen = answers.choose(choices);
                if (chosen.isEmpty()) {
                    return list(language, answers.wrong(), "sms.ussd.province", shown, more, false);
                }
                if (chosen.get().equals(MORE)) {
                    page++;
                    continue;
                }
                division = shown.get(Integer.parseInt(chosen.get()) - 1).key();
                break;
            }
        }
        // The place is typed (a village, a site's name or its first letters); registered sites of the province
        // whose names match are then offered, and "none of these" keeps what was typed.
        var typed = answers.typed();
        if (typed.isEmpty()) {
            return screen(language, false, "sms.ussd.place");
        }
        Long siteId = null;
        String place = typed.get();
        var sites = division == null ? List.<UssdPlaces.Place>of() : places.sites(division, place, SITES);
        if (!sites.isEmpty()) {
            var choices = numbers(sites.size());
            choices.add(OTHER);
            var chosen = answers.choose(choices);
            if (chosen.isEmpty()) {
                return list(language, answers.wrong(), "sms.ussd.site", sites, false, true);
            }
            if (!chosen.get().equals(OTHER)) {
                var site = sites.get(Integer.parseInt(chosen.get()) - 1);
                siteId = Long.valueOf(site.key());
                place = site.name();
            }
        }
        var description = answers.typed();
        if (description.isEmpty()) {
            return screen(language, false, "sms.ussd.what");
        }
        return new Complete(language, smsCategory, division, siteId, place, description.get());
    }

    private Screen screen(SmsLanguage language, boolean wrong, String key) {
        var text = texts.text(language, key);
        return new Screen(false, wrong ? texts.text(language, "sms.ussd.wrong") + "\n" + text : text);
    }

    private Screen list(SmsLanguage language, boolean wrong, String key, List<UssdPlaces.Place> shown, boolean more,
            boolean other) {
        var lines = new StringBuilder();
        if (wrong) {
            lines.append(texts.text(language, "sms.ussd.wrong")).append('\n');
        }
        lines.append(texts.text(language, key));
        for (int i = 0; i < shown.size(); i++) {
            lines.append('\n').append(i + 1).append(' ').append(shown.get(i).name());
        }
        if (other) {
            lines.append('\n').append(OTHER).append(' ').append(texts.text(language, "sms.ussd.other"));
        }
        if (more) {
            lines.append('\n').append(MORE).append(' ').append(texts.text(language, "sms.ussd.more"));
        }
        return new Screen(false, lines.toString());
    }

    private static List<String> numbers(int count) {
        var numbers = new ArrayList<String>();
        for (int i = 1; i <= count; i++) {
            numbers.add(String.valueOf(i));
        }
        return numbers;
    }

    /** The answers so far, read one screen at a time. */
    private static final class Answers {
        private final List<String> parts;
        private int next;
        private boolean wrong;

        Answers(String text) {
            this.parts = text == null || text.isEmpty() ? List.of() : List.of(text.split("\\*", -1));
        }

        /** The first answer among the choices, passing over any that is not; empty when none came yet. */
        Optional<String> choose(List<String> choices) {
            wrong = false;
            while (next < parts.size()) {
                var answer = parts.get(next++).strip();
                if (choices.contains(answer)) {
                    return Optional.of(answer);
                }
                wrong = true;
            }
            return Optional.empty();
        }

        /** A typed answer (not blank); blank answers are passed over. */
        Optional<String> typed() {
            wrong = false;
            while (next < parts.size()) {
                var answer = parts.get(next++).strip();
                if (!answer.isEmpty()) {
                    return Optional.of(answer);
                }
            }
            return Optional.empty();
        }

        boolean wrong() {
            return wrong;
        }
    }
}
