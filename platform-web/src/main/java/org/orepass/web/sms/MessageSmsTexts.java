package org.orepass.web.sms;

import org.orepass.sms.SmsLanguage;
import org.orepass.sms.SmsTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The replies' words from the message bundles ({@code i18n/sms*.properties}), in the sender's language. */
@Component
class MessageSmsTexts implements SmsTexts {

    private final MessageSource messages;

    MessageSmsTexts(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String text(SmsLanguage language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }
}
