package org.orepass.web.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orepass.incident.IncidentStatus;
import org.orepass.sms.SmsLanguage;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every reply, in every language and with the longest arguments (a 19-character follow-up code, the longest
 * keyword), fits one SMS: 160 characters when all are in the GSM 7-bit alphabet (its extension characters count
 * twice), else 70 (UCS-2).
 */
class SmsReplyLengthTest {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";
    private static final String LONGEST_CODE = "ABCD-EFGH-JKMN-PQRS";

    /** The length of a text in GSM septets, or -1 when a character is outside the GSM alphabet. */
    static int septets(String text) {
        int length = 0;
        for (char c : text.toCharArray()) {
            if (BASIC.indexOf(c) >= 0) {
                length++;
            } else if (EXTENSION.indexOf(c) >= 0) {
                length += 2;
            } else {
                return -1;
            }
        }
        return length;
    }

    static boolean fitsOneSms(String text) {
        int septets = septets(text);
        return septets >= 0 ? septets <= 160 : text.length() <= 70;
    }

    private static ResourceBundleMessageSource bundles() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/sms");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void everyReplyFitsOneSms() {
        var source = bundles();
        var texts = new MessageSmsTexts(source);
        var replies = new ArrayList<String>();
        for (var language : SmsLanguage.values()) {
            replies.addAll(replies((key, args) -> texts.text(language, key, args), "SIGNALER", "STATUT"));
        }
        // Spanish is not a language people text in yet, but its bundle must be as short.
        var spanish = Locale.forLanguageTag("es");
        replies.addAll(replies((key, args) -> source.getMessage(key, args, spanish), "SIGNALER", "STATUT"));
        assertThat(replies).hasSize(4 * (9 + IncidentStatus.values().length));
        assertThat(replies).allSatisfy(reply -> assertThat(fitsOneSms(reply))
                .as("%s (%d characters, GSM: %s)", reply, reply.length(), septets(reply) >= 0).isTrue());
    }

    @Test
    void theRepliesAreInTheSendersLanguage() {
        var texts = new MessageSmsTexts(bundles());
        assertThat(texts.text(SmsLanguage.SW, "sms.reply.ask.PLACE")).contains("wapi");
        assertThat(texts.text(SmsLanguage.FR, "sms.reply.ask.PLACE")).contains("Où");
        assertThat(texts.text(SmsLanguage.EN, "sms.reply.ask.PLACE")).contains("Where");
        assertThat(texts.text(SmsLanguage.EN, "sms.reply.received", LONGEST_CODE, "STATUS"))
                .contains("Keep this code: " + LONGEST_CODE + ".").contains("STATUS " + LONGEST_CODE);
    }

    @Test
    void theLengthCheckCanFail() {
        assertThat(fitsOneSms("a".repeat(160))).isTrue();
        assertThat(fitsOneSms("a".repeat(161))).isFalse();
        assertThat(fitsOneSms("{".repeat(81))).isFalse();
        assertThat(fitsOneSms("ê".repeat(71))).isFalse();
        assertThat(fitsOneSms("ê".repeat(70))).isTrue();
    }

    private interface Texts {
        String text(String key, Object... arguments);
    }

    private static List<String> replies(Texts texts, String report, String status) {
        var replies = new ArrayList<String>();
        replies.add(texts.text("sms.reply.help", report, status));
        replies.add(texts.text("sms.reply.ask.CATEGORY"));
        replies.add(texts.text("sms.reply.ask.PLACE"));
        replies.add(texts.text("sms.reply.ask.DESCRIPTION"));
        replies.add(texts.text("sms.reply.received", LONGEST_CODE, status));
        replies.add(texts.text("sms.reply.limit"));
        replies.add(texts.text("sms.reply.too-long"));
        replies.add(texts.text("sms.reply.status.code", status));
        replies.add(texts.text("sms.reply.status.unknown"));
        for (var state : IncidentStatus.values()) {
            replies.add(texts.text("sms.reply.status." + state.name()));
        }
        return replies;
    }
}
