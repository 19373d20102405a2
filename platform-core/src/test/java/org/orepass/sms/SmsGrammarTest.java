package org.orepass.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.orepass.sms.SmsGrammar.Help;
import org.orepass.sms.SmsGrammar.Report;
import org.orepass.sms.SmsGrammar.StatusQuestion;
import org.orepass.sms.SmsGrammar.Unrecognised;

class SmsGrammarTest {

    private static ReportDraft report(String text) {
        var message = SmsGrammar.read(text);
        assertThat(message).as(text).isInstanceOf(Report.class);
        return ((Report) message).draft();
    }

    @Test
    void aWholeReportInEachLanguage() {
        assertThat(report("RIPOTI WATOTO Rubaya watoto wanachimba shimo."))
                .isEqualTo(new ReportDraft(SmsLanguage.SW, SmsCategory.CHILDREN, "Rubaya", "watoto wanachimba shimo."));
        assertThat(report("SIGNALER armes Nyabibwe des hommes armés prennent la taxe"))
                .isEqualTo(new ReportDraft(SmsLanguage.FR, SmsCategory.ARMED_GROUP, "Nyabibwe",
                        "des hommes armés prennent la taxe"));
        assertThat(report("report accident Kamituga the pit collapsed"))
                .isEqualTo(new ReportDraft(SmsLanguage.EN, SmsCategory.ACCIDENT, "Kamituga", "the pit collapsed"));
    }

    @Test
    void spellingSlipsAccentsAndCaseAreTolerated() {
        assertThat(report("Ripot watotto Rubaya kazi").category()).isEqualTo(SmsCategory.CHILDREN);
        assertThat(report("ripotti zebakki Lugushwa maji").category()).isEqualTo(SmsCategory.MERCURY_POLLUTION);
        assertThat(report("SIGNALÉ Enfant Kalimbi travail").language()).isEqualTo(SmsLanguage.FR);
        assertThat(report("signale mercur Kalimbi la riviere").category()).isEqualTo(SmsCategory.MERCURY_POLLUTION);
        assertThat(report("REPROT bribe Bunia officer").language()).isEqualTo(SmsLanguage.EN);
        assertThat(report("REPROT bribe Bunia officer").category()).isEqualTo(SmsCategory.BRIBE);
        assertThat(SmsGrammar.read("STATSU ABCD")).isEqualTo(new StatusQuestion(SmsLanguage.EN, "ABCD"));
    }

    @Test
    void theCategoryMayBeItsMenuNumber() {
        assertThat(report("RIPOTI 3 Walikale wanamgambo").category()).isEqualTo(SmsCategory.ARMED_GROUP);
        assertThat(SmsCategory.named("9")).contains(SmsCategory.MERCURY_POLLUTION);
        assertThat(SmsCategory.named("0")).isEmpty();
        assertThat(SmsCategory.named("10")).isEmpty();
    }

    @Test
    void aPlaceOfSeveralWordsEndsAtAComma() {
        var draft = report("REPORT accident Nyabibwe centre, the pit fell on two men");
        assertThat(draft.place()).isEqualTo("Nyabibwe centre");
        assertThat(draft.description()).isEqualTo("the pit fell on two men");
        var full = report("RIPOTI ajali Mgodi wa Lugushwa: watu wawili wameumia");
        assertThat(full.place()).isEqualTo("Mgodi wa Lugushwa");
        assertThat(full.description()).isEqualTo("watu wawili wameumia");
    }

    @Test
    void aLongSentenceBeforeAFullStopIsNoPlace() {
        var draft = report("REPORT child Rubaya children are digging in the pit today. Please come");
        assertThat(draft.place()).isEqualTo("Rubaya");
        assertThat(draft.description()).startsWith("children are digging");
    }

    @Test
    void missingPartsAreAskedForInOrder() {
        var onlyKeyword = report("RIPOTI");
        assertThat(onlyKeyword.missing()).contains(ReportDraft.Part.CATEGORY);
        var noCategory = report("SIGNALER Rubaya des enfants");
        assertThat(noCategory.category()).isNull();
        assertThat(noCategory.place()).isEqualTo("Rubaya");
        assertThat(noCategory.missing()).contains(ReportDraft.Part.CATEGORY);
        var noPlace = report("REPORT mercury");
        assertThat(noPlace.missing()).contains(ReportDraft.Part.PLACE);
        var noText = report("REPORT mercury Kalimbi");
        assertThat(noText.missing()).contains(ReportDraft.Part.DESCRIPTION);
        assertThat(report("REPORT mercury Kalimbi they burn amalgam at home").missing()).isEmpty();
    }

    @Test
    void aConversationFillsTheMissingParts() {
        var draft = report("RIPOTI");
        draft = draft.answer("sijui");
        assertThat(draft.missing()).as("an answer that names no category asks again").contains(ReportDraft.Part.CATEGORY);
        draft = draft.answer("1");
        assertThat(draft.category()).isEqualTo(SmsCategory.CHILDREN);
        draft = draft.answer("  Rubaya  ");
        assertThat(draft.place()).isEqualTo("Rubaya");
        draft = draft.answer("watoto wadogo wanabeba mawe");
        assertThat(draft.description()).isEqualTo("watoto wadogo wanabeba mawe");
        assertThat(draft.missing()).isEmpty();
        assertThat(draft.answer("more")).isEqualTo(draft);
    }

    @Test
    void statusAndHelp() {
        assertThat(SmsGrammar.read("HALI abcd-efgh-jkmn-pqrs"))
                .isEqualTo(new StatusQuestion(SmsLanguage.SW, "abcd-efgh-jkmn-pqrs"));
        assertThat(SmsGrammar.read("statut")).isEqualTo(new StatusQuestion(SmsLanguage.FR, ""));
        assertThat(SmsGrammar.read("Msaada")).isEqualTo(new Help(SmsLanguage.SW));
        assertThat(SmsGrammar.read("AIDE!")).isEqualTo(new Help(SmsLanguage.FR));
        assertThat(SmsGrammar.read("help")).isEqualTo(new Help(SmsLanguage.EN));
    }

    @Test
    void noKeywordIsUnrecognised() {
        assertThat(SmsGrammar.read("Rubaya")).isEqualTo(new Unrecognised("Rubaya"));
        assertThat(SmsGrammar.read("")).isEqualTo(new Unrecognised(""));
        assertThat(SmsGrammar.read(null)).isEqualTo(new Unrecognised(""));
        assertThat(SmsGrammar.read("   ")).isEqualTo(new Unrecognised(""));
        assertThat(SmsGrammar.read("ok")).as("short words need an exact match").isEqualTo(new Unrecognised("ok"));
    }

    @Test
    void closeCallsBetweenTwoMeaningsMatchNeither() {
        assertThat(SmsWords.closest("abcd", java.util.Map.of("abce", 1, "abcf", 2))).isNull();
        assertThat(SmsWords.closest("abcd", java.util.Map.of("abce", 1, "abcf", 1))).isEqualTo(1);
        assertThat(SmsWords.distance("watoto", "wattoo")).as("one swap").isEqualTo(1);
        assertThat(SmsWords.distance("watoto", "wtt")).isEqualTo(3);
        assertThat(SmsWords.distance("ripoti", "ripoit")).isEqualTo(1);
    }
}
