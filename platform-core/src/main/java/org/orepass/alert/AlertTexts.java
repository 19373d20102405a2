package org.orepass.alert;

import java.util.List;

/**
 * A mail's words in a language, from the message bundles (a port; the web layer reads them). {@code args} are the
 * kind's facts in order (docs/alerts.md lists them).
 */
public interface AlertTexts {

    record Text(String subject, String body) {
    }

    Text mail(AlertKind kind, String language, List<String> args, String link);

    /** The line on the platform's alert list, in the platform's language of the moment. */
    String notice(AlertKind kind, String language, List<String> args);
}
