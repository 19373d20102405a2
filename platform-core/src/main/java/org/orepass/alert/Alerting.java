package org.orepass.alert;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.orepass.alert.internal.AlertNotices;
import org.orepass.alert.internal.AlertPreferences;
import org.orepass.alert.internal.AlertRecipients;
import org.orepass.alert.internal.AlertRecipients.Recipient;
import org.orepass.alert.internal.MailOutbox;
import org.orepass.export.ExportSubmitted;
import org.orepass.incident.SiteUnderReviewOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an event into alerts, in the event's own transaction (plain {@code @EventListener}s): a line on each
 * concerned person's alert list and, unless they turned the kind off or have no e-mail address, a mail in their
 * language in the durable queue. The event key makes a second delivery of the same event a no-op, for the list
 * and the queue alike.
 */
@Service
@Transactional
public class Alerting {

    static final Set<String> LANGUAGES = Set.of("en", "fr", "es", "sw");

    private final AlertRecipients recipients;
    private final AlertPreferences preferences;
    private final AlertNotices notices;
    private final MailOutbox outbox;
    private final AlertTexts texts;
    private final Clock clock;

    public Alerting(AlertRecipients recipients, AlertPreferences preferences, AlertNotices notices, MailOutbox outbox,
            AlertTexts texts, Clock clock) {
        this.recipients = recipients;
        this.preferences = preferences;
        this.notices = notices;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    /** A verified level-1 Annex II incident put a site under review: its lots' current holders hear of it. */
    @EventListener
    public void on(SiteUnderReviewOpened event) {
        var facts = recipients.siteFacts(event.siteId()).orElse(List.of("", ""));
        alert(AlertKind.INCIDENT_AT_ORIGIN, "incident:" + event.incidentId() + ":site:" + event.siteId(),
                recipients.holdersOfLotsFrom(event.siteId()), facts, "/sites/" + event.siteId());
    }

    /** A submitted shipment waits for an inspector of the exporter's country. */
    @EventListener
    public void on(ExportSubmitted event) {
        var facts = recipients.shipmentFacts(event.shipmentId()).orElse(List.of("", ""));
        alert(AlertKind.SHIPMENT_TO_REVIEW, "shipment:" + event.shipmentId() + ":submitted:"
                + clock.instant().toEpochMilli(), recipients.reviewersOfShipment(event.shipmentId()), facts,
                "/exports/" + event.shipmentId() + "/review");
    }

    /** Alerts each recipient once for the event; returns how many mails were queued. */
    public int alert(AlertKind kind, String eventKey, List<Recipient> to, List<String> args, String link) {
        var key = kind.name() + ":" + eventKey;
        var now = clock.instant();
        int queued = 0;
        for (var person : to) {
            var preference = preferences.of(person.userId());
            var language = language(preference.map(AlertPreference::getLanguage).orElse(null),
                    person.accountLanguage());
            notices.add(person.userId(), kind, key, texts.notice(kind, language, args), link, now);
            if (person.email() == null || person.email().isBlank()
                    || !preference.map(p -> p.receives(kind)).orElse(true)) {
                continue;
            }
            var text = texts.mail(kind, language, args, link);
            if (outbox.enqueue(new MailOutbox.Mail(person.userId(), person.email(), kind, key, language,
                    text.subject(), text.body(), now))) {
                queued++;
            }
        }
        return queued;
    }

    static String language(String chosen, String account) {
        for (var candidate : new String[] {chosen, account}) {
            if (candidate != null && candidate.length() >= 2) {
                var code = candidate.substring(0, 2).toLowerCase(Locale.ROOT);
                if (LANGUAGES.contains(code)) {
                    return code;
                }
            }
        }
        return "en";
    }
}
