package org.orepass.savings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.orepass.audit.DirectlyAudited;
import org.springframework.stereotype.Component;

/**
 * What {@link SavingsGroups} and {@link EquipmentFinance} write to the audit trail (in plain SQL, not through
 * Hibernate): each record type with its fields and their value types, so the audit pages show their labels and
 * constants in the reader's language. {@code SavingsAuditLabelsIntegrationTest} performs every savings write and
 * fails when an audit entry names a field not listed here or without words in a language.
 */
@Component
public class SavingsAudited implements DirectlyAudited {

    private static final Map<String, Map<String, Class<?>>> FIELDS = build();

    @Override
    public Map<String, Map<String, Class<?>>> fields() {
        return FIELDS;
    }

    private static Map<String, Map<String, Class<?>>> build() {
        var all = new LinkedHashMap<String, Map<String, Class<?>>>();
        all.put("SavingsGroup", fields("name", String.class, "organisationId", Long.class, "community", String.class,
                "csoId", Long.class, "currency", String.class));
        all.put("SavingsMember", fields("groupId", Long.class, "number", Integer.class, "name", String.class, "sex",
                Sex.class, "role", MemberRole.class, "leftOn", LocalDate.class));
        all.put("SavingsCycle", fields("groupId", Long.class, "startedOn", LocalDate.class, "shareValue",
                BigDecimal.class, "minShares", Integer.class, "maxShares", Integer.class, "serviceChargePercent",
                BigDecimal.class, "chargeMethod", ChargeMethod.class, "maxLoanMultiple", Integer.class,
                "socialFundContribution", BigDecimal.class, "fine", BigDecimal.class, "cycleMonths", Integer.class,
                "sharedOutOn", LocalDate.class, "loanFund", BigDecimal.class, "shares", Integer.class,
                "socialFundKept", BigDecimal.class));
        all.put("SavingsMeeting", fields("cycleId", Long.class, "heldOn", LocalDate.class, "present", Integer.class,
                "entries", Integer.class, "cashIn", BigDecimal.class, "cashOut", BigDecimal.class));
        all.put("SavingsEntry", fields("reverses", Long.class, "kind", EntryKind.class, "amount", BigDecimal.class,
                "reason", String.class));
        all.put("EquipmentLoan", fields("lenderId", Long.class, "producerId", Long.class, "equipment", String.class,
                "principal", BigDecimal.class, "currency", String.class, "annualRatePercent", BigDecimal.class,
                "termMonths", Integer.class, "givenOn", LocalDate.class, "firstDueOn", LocalDate.class));
        all.put("EquipmentRepayment", fields("loanId", Long.class, "paidOn", LocalDate.class, "amount",
                BigDecimal.class));
        return Collections.unmodifiableMap(all);
    }

    private static Map<String, Class<?>> fields(Object... pairs) {
        var fields = new LinkedHashMap<String, Class<?>>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], (Class<?>) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(fields);
    }
}
