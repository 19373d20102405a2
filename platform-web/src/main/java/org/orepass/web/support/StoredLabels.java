package org.orepass.web.support;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Labels the migrations stored in English (the EU import thresholds' descriptions and sources, V20) read in the
 * reader's language (issue 16): a row still holding the text the platform seeded shows the bundle's text for it;
 * once an administrator has written their own, that is shown as written. Used by templates as
 * {@code @storedLabels.text('key', stored)}.
 */
@Component("storedLabels")
public class StoredLabels {

    private final MessageSource messages;

    StoredLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, String stored) {
        var seeded = messages.getMessage(key, null, null, Locale.ROOT);
        if (seeded == null || !seeded.equals(stored)) {
            return stored;
        }
        return messages.getMessage(key, null, stored, LocaleContextHolder.getLocale());
    }
}
