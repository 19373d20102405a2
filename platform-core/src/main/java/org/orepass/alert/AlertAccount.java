package org.orepass.alert;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.orepass.account.Actor;
import org.orepass.alert.internal.AlertNotices;
import org.orepass.alert.internal.AlertPreferences;
import org.orepass.alert.internal.AlertRecipients;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own alerts: the list, how many are unread (the home page's work queue), and their choices. Each
 * user reads and changes only their own; the kinds offered are those of their roles.
 */
@Service
@Transactional
public class AlertAccount {

    static final int SHOWN = 100;

    private final AlertRecipients recipients;
    private final AlertPreferences preferences;
    private final AlertNotices notices;
    private final Clock clock;

    public AlertAccount(AlertRecipients recipients, AlertPreferences preferences, AlertNotices notices,
            Clock clock) {
        this.recipients = recipients;
        this.preferences = preferences;
        this.notices = notices;
        this.clock = clock;
    }

    /** What the page shows: the kinds this person may receive, those on, the language chosen and its version. */
    public record Choices(List<AlertKind> offered, Set<AlertKind> on, String language, long version,
            boolean hasEmail) {
    }

    @Transactional(readOnly = true)
    public Choices choices(Actor actor) {
        var me = me(actor);
        var offered = Arrays.stream(AlertKind.values()).filter(kind -> kind.concerns(actor)).toList();
        var preference = preferences.of(me.userId());
        var on = EnumSet.noneOf(AlertKind.class);
        offered.stream().filter(kind -> preference.map(p -> p.receives(kind)).orElse(true)).forEach(on::add);
        return new Choices(offered, on, preference.map(AlertPreference::getLanguage).orElse(null),
                preference.map(AlertPreference::getVersion).orElse(-1L), me.email() != null && !me.email().isBlank());
    }

    /**
     * Saves the kinds the person wants by e-mail (of those offered) and their mail language ({@code null} or blank:
     * the account's). {@code editedVersion} is the version the form showed (-1 before the first save).
     */
    public AlertPreference choose(Actor actor, Set<AlertKind> wanted, String language, long editedVersion) {
        var me = me(actor);
        String chosen = null;
        if (language != null && !language.isBlank()) {
            chosen = language.strip();
            if (!Alerting.LANGUAGES.contains(chosen)) {
                throw new DomainRuleViolation("language", "alert.language.unknown");
            }
        }
        var muted = EnumSet.noneOf(AlertKind.class);
        Arrays.stream(AlertKind.values()).filter(kind -> kind.concerns(actor) && !wanted.contains(kind))
                .forEach(muted::add);
        var preference = preferences.of(me.userId()).orElse(null);
        if (preference == null) {
            if (editedVersion >= 0) {
                throw new org.orepass.shared.StaleEditException("AlertPreference", me.userId());
            }
            preference = new AlertPreference(me.userId(), clock.instant());
        } else {
            Versioned.requireVersion("AlertPreference", me.userId(), preference.getVersion(), editedVersion);
        }
        preference.choose(muted, chosen, clock.instant());
        return preferences.store(preference);
    }

    @Transactional(readOnly = true)
    public List<Notice> notices(Actor actor) {
        return notices.newest(me(actor).userId(), SHOWN);
    }

    @Transactional(readOnly = true)
    public long unread(Actor actor) {
        return recipients.byUsername(actor.username()).map(me -> notices.unread(me.userId())).orElse(0L);
    }

    public void markAllRead(Actor actor) {
        notices.markAllRead(me(actor).userId(), clock.instant());
    }

    private AlertRecipients.Recipient me(Actor actor) {
        return recipients.byUsername(actor.username())
                .orElseThrow(() -> new NotFoundException("UserAccount", actor.username()));
    }
}
