package org.orepass.web.export;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The certificate prints in English and French side by side whatever language the reader chose (ICGLR
 * certificates are bilingual), so its labels are read from the bundles in those two languages explicitly.
 */
@Component("certificateText")
class CertificateText {

    private final MessageSource messages;

    CertificateText(MessageSource messages) {
        this.messages = messages;
    }

    public String en(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    public String fr(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }

    /** A value that is itself text, such as a mineral's name: English, then French. */
    String both(String key) {
        return en(key) + " / " + fr(key);
    }
}
