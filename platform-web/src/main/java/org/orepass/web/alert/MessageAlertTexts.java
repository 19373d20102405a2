package org.orepass.web.alert;

import java.util.List;
import java.util.Locale;
import org.orepass.alert.AlertKind;
import org.orepass.alert.AlertTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The mails' words from the {@code i18n/alerts} bundles ({@code alert.mail.<kind>.subject/body}). */
@Component
class MessageAlertTexts implements AlertTexts {

    private final MessageSource messages;
    private final MailSettings settings;

    MessageAlertTexts(MessageSource messages, MailSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    @Override
    public Text mail(AlertKind kind, String language, List<String> args, String link) {
        var locale = Locale.forLanguageTag(language);
        var key = "alert.mail." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        var values = args.toArray();
        var body = messages.getMessage(key + ".body", values, locale) + "\n\n"
                + settings.publicUrl() + link + "\n\n"
                + messages.getMessage("alert.mail.footer", new Object[] {settings.publicUrl() + "/alerts"}, locale)
                + "\n";
        return new Text(messages.getMessage(key + ".subject", values, locale), body);
    }

    @Override
    public String notice(AlertKind kind, String language, List<String> args) {
        var key = "alert.mail." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".subject";
        return messages.getMessage(key, args.toArray(), Locale.forLanguageTag(language));
    }
}
