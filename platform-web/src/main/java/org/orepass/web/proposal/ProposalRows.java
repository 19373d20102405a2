package org.orepass.web.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.Organisations;
import org.orepass.proposal.ProposedChange;
import org.orepass.proposal.SiteFields;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns the stored text values of a proposal into the before/after lines people read, in their language. */
@Component
class ProposalRows {

    /** The label of each field: the one the site form shows. */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("name", "site.name"),
            Map.entry("nationalId", "site.nationalId"), Map.entry("division", "site.division"),
            Map.entry("locality", "site.locality"), Map.entry("latitude", "site.latitude"),
            Map.entry("longitude", "site.longitude"), Map.entry("altitude", "site.altitude"),
            Map.entry("ownerId", "site.owner"), Map.entry("minerals", "site.minerals"),
            Map.entry("activityStatus", "site.activity"), Map.entry("miningType", "site.mining-type"),
            Map.entry("formalisationStage", "site.stage"), Map.entry("licenceType", "site.licence-type"),
            Map.entry("licenceNumber", "site.licence-number"), Map.entry("licenceGrantedOn", "site.licence-granted"),
            Map.entry("licenceExpiresOn", "site.licence-expires"), Map.entry("workersMen", "site.workers-men"),
            Map.entry("workersWomen", "site.workers-women"), Map.entry("childrenObserved", "site.children-observed"),
            Map.entry("membersMen", "site.members-men"), Map.entry("membersWomen", "site.members-women"),
            Map.entry("mercuryUse", "site.mercury-use"), Map.entry("capacity", "site.capacity"));

    /** Enum fields and the message prefix of their values. */
    private static final Map<String, String> CHOICES = Map.of("activityStatus", "site.activity.",
            "miningType", "site.mining-type.", "formalisationStage", "site.stage.",
            "licenceType", "site.licence-type.");

    /**
     * One changed field: its value when proposed, now (differs only if the site changed since) and proposed.
     * {@code changedSince} marks a field the site changed after the proposal was made.
     */
    record Row(String field, String label, String before, String now, String proposed, boolean changedSince) {
    }

    private final MessageSource messages;
    private final Organisations organisations;

    ProposalRows(MessageSource messages, Organisations organisations) {
        this.messages = messages;
        this.organisations = organisations;
    }

    List<Row> of(List<ProposedChange> changes, Map<String, String> current, Locale locale) {
        var rows = new ArrayList<Row>();
        for (var change : changes) {
            var field = change.getField();
            var now = current.get(field);
            rows.add(new Row(field, messages.getMessage(LABELS.get(field), null, locale),
                    show(field, change.getValueBefore(), locale), show(field, now, locale),
                    show(field, change.getValueProposed(), locale), !Objects.equals(now, change.getValueBefore())));
        }
        return rows;
    }

    private String show(String field, String value, Locale locale) {
        if (value == null) {
            return "—";
        }
        if (CHOICES.containsKey(field)) {
            return messages.getMessage(CHOICES.get(field) + value, null, value, locale);
        }
        return switch (field) {
            case "ownerId" -> organisations.findById(Long.valueOf(value)).map(Organisation::getName).orElse(value);
            case "minerals" -> String.join(", ", SiteFields.minerals(value).stream()
                    .map(mineral -> messages.getMessage("mineral." + mineral, null, mineral.name(), locale))
                    .toList());
            case "capacity" -> String.join("; ", SiteFields.capacity(value).entrySet().stream()
                    .map(e -> messages.getMessage("mineral." + e.getKey(), null, e.getKey().name(), locale) + ": "
                            + e.getValue().toPlainString())
                    .toList());
            case "mercuryUse" -> messages.getMessage(Boolean.parseBoolean(value) ? "proposal.yes" : "proposal.no",
                    null, locale);
            default -> value;
        };
    }
}
