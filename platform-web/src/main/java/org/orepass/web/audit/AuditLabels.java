package org.orepass.web.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.orepass.audit.AuditedFields;
import org.orepass.audit.internal.FieldChange;
import org.orepass.web.support.CountryNames;
import org.orepass.web.support.Dates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit trail as a person reads it (issue 16), for the audit search page and every record's history
 * ({@code ${@auditLabels.field(type, field)}}): the recorder writes Java property names, enum constants, "true",
 * ISO dates and entity ids; this shows the field's label, the label the pages already use for the constant, yes or
 * no, the date as the pages write it, a country's name and the record type's name, in the reader's language.
 *
 * <p>Labels: {@code audit.field.<Entity>.<field>}, else {@code audit.field.<field>}; {@code audit.entity.<Entity>};
 * an enum constant by its enum's page label ({@link #ENUM_LABELS}), else {@code audit.value.<field>.<CONSTANT>},
 * else as recorded. {@code AuditLabelsIntegrationTest} fails when an audited field, entity or constant has none.
 */
@Component("auditLabels")
public class AuditLabels {

    /** The key prefix of the label each page already shows for an enum's constants, by the enum's class name. */
    static final Map<String, String> ENUM_LABELS = Map.ofEntries(
            Map.entry("org.orepass.account.Role", "role."),
            Map.entry("org.orepass.custody.AnomalyKind", "custody.anomaly."),
            Map.entry("org.orepass.custody.CustodyRole", "custody.role."),
            Map.entry("org.orepass.custody.ImportDocumentKind", "import.documentKind."),
            Map.entry("org.orepass.custody.MassUnit", "lot.unit."),
            Map.entry("org.orepass.custody.OriginatingOperation", "lot.operation."),
            Map.entry("org.orepass.custody.PaymentMethod", "transfer.paymentMethod."),
            Map.entry("org.orepass.custody.TagStatus", "tag.status."),
            Map.entry("org.orepass.custody.internal.OperationKind", "operation.kind."),
            Map.entry("org.orepass.custody.internal.TransferStatus", "transfer.status."),
            Map.entry("org.orepass.export.ExportStatus", "export.status."),
            Map.entry("org.orepass.export.TransportMode", "export.transportMode."),
            Map.entry("org.orepass.incident.IncidentSource", "incident.source."),
            Map.entry("org.orepass.incident.IncidentStatus", "incident.status."),
            Map.entry("org.orepass.organisation.OrganisationType", "organisation.type."),
            Map.entry("org.orepass.organisation.SmelterAuditStatus", "smelter.auditStatus."),
            Map.entry("org.orepass.proposal.internal.ProposalStatus", "proposal.status."),
            Map.entry("org.orepass.revenue.TaxDueStatus", "tax.status."),
            Map.entry("org.orepass.revenue.TaxSource", "tax.source."),
            Map.entry("org.orepass.revenue.TaxType", "tax.type."),
            Map.entry("org.orepass.risk.AnnexIIRisk", "risk.annex."),
            Map.entry("org.orepass.risk.Decision", "risk.decision."),
            Map.entry("org.orepass.risk.DecisionStatus", "risk.status."),
            Map.entry("org.orepass.risk.ReviewOutcome", "risk.plan.outcome."),
            Map.entry("org.orepass.risk.RiskLevel", "risk.level."),
            Map.entry("org.orepass.risk.SubjectKind", "risk.subject."),
            Map.entry("org.orepass.savings.ChargeMethod", "savings.method."),
            Map.entry("org.orepass.savings.EntryKind", "savings.kind."),
            Map.entry("org.orepass.savings.MemberRole", "savings.role."),
            Map.entry("org.orepass.savings.Sex", "savings.sex."),
            Map.entry("org.orepass.site.ActivityStatus", "site.activity."),
            Map.entry("org.orepass.site.FormalisationStage", "site.stage."),
            Map.entry("org.orepass.site.Licence$Type", "site.licence-type."),
            Map.entry("org.orepass.site.Mineral", "mineral."),
            Map.entry("org.orepass.site.MiningType", "site.mining-type."),
            Map.entry("org.orepass.site.SiteStatus", "site.status.short."),
            Map.entry("org.orepass.site.StatusChangeReason", "site.reason."));

    private static final Pattern ISO_MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final MessageSource messages;
    private final AuditedFields auditedFields;
    private final Dates dates;
    private final CountryNames countryNames;

    AuditLabels(MessageSource messages, AuditedFields auditedFields, Dates dates, CountryNames countryNames) {
        this.messages = messages;
        this.auditedFields = auditedFields;
        this.dates = dates;
        this.countryNames = countryNames;
    }

    /** The field's label: for this record type if it has its own, else the field name's; else the name. */
    public String field(String entityType, String field) {
        var label = message("audit.field." + entityType + "." + field);
        if (label == null) {
            label = message("audit.field." + field);
        }
        return label == null ? field : label;
    }

    /** The record type's name ("Mine site" for MineSite); else as recorded. */
    public String entity(String entityType) {
        var label = message("audit.entity." + entityType);
        return label == null ? entityType : label;
    }

    /** "Mine site 12": the record type's name and the record's id. */
    public String record(String entityType, String entityId) {
        return messages.getMessage("audit.record", new Object[] {entity(entityType), entityId},
                LocaleContextHolder.getLocale());
    }

    /** A recorded value as a person reads it; null stays null. */
    public String value(String entityType, String field, String raw) {
        if (raw == null) {
            return null;
        }
        if (FieldChange.REDACTED.equals(raw)) {
            return messages.getMessage("audit.value.redacted", null, LocaleContextHolder.getLocale());
        }
        var fields = auditedFields.all().get(entityType);
        Class<?> type = fields == null ? null : fields.get(field);
        if (type != null && type.isEnum()) {
            return Arrays.stream(raw.split(", ")).map(constant -> constant(type, field, constant))
                    .collect(Collectors.joining(", "));
        }
        if (type != null && auditedFields.all().containsKey(type.getSimpleName())) {
            return record(type.getSimpleName(), raw);
        }
        if (type == boolean.class || type == Boolean.class || type == null && isBoolean(raw)) {
            return isBoolean(raw) ? message("audit.value." + raw) : raw;
        }
        if ((type == Instant.class || type == null) && ISO_MOMENT.matcher(raw).matches()) {
            return moment(raw);
        }
        if ((type == LocalDate.class || type == null) && ISO_DAY.matcher(raw).matches()) {
            return day(raw);
        }
        if ((field.equals("country") || field.endsWith("Country")) && COUNTRY.matcher(raw).matches()) {
            return countryNames.name(raw);
        }
        return raw;
    }

    /** The label of an enum constant; the constant itself if it has none. */
    String constant(Class<?> type, String field, String constant) {
        var prefix = ENUM_LABELS.get(type.getName());
        var label = prefix == null ? null : message(prefix + constant);
        if (label == null) {
            label = message("audit.value." + field + "." + constant);
        }
        return label == null ? constant : label;
    }

    private String moment(String raw) {
        try {
            return dates.dateTime(Instant.parse(raw));
        } catch (DateTimeParseException e) {
            return raw;
        }
    }

    private String day(String raw) {
        try {
            return dates.date(LocalDate.parse(raw));
        } catch (DateTimeParseException e) {
            return raw;
        }
    }

    private static boolean isBoolean(String raw) {
        return raw.equals("true") || raw.equals("false");
    }

    private String message(String key) {
        return messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
    }
}
