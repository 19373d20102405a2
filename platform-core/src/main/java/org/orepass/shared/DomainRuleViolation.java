package org.orepass.shared;

import java.util.List;

/**
 * A business rule said no. Carries the form field it concerns (or null for the whole form) and a message key,
 * so that the web layer can show the user a translated message next to the right field.
 *
 * <p>One submission may break several rules: {@link RuleChecks} collects them and throws one violation that stands
 * for the first and carries all of them ({@link #violations()}), so a form shows every problem at once (issue 16)
 * while callers that only read {@link #field()} and {@link #messageKey()} still see the first.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;
    private final transient List<DomainRuleViolation> all;

    public DomainRuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.all = null;
    }

    private DomainRuleViolation(List<DomainRuleViolation> all) {
        super(all.get(0).getMessage() + (all.size() > 1 ? " and " + (all.size() - 1) + " more" : ""));
        var first = all.get(0);
        this.field = first.field;
        this.messageKey = first.messageKey;
        this.arguments = first.arguments;
        this.all = List.copyOf(all);
    }

    /** One violation standing for several (at least one), in the order they were found. */
    public static DomainRuleViolation all(List<DomainRuleViolation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("no violation");
        }
        var flat = new java.util.ArrayList<DomainRuleViolation>();
        violations.forEach(v -> flat.addAll(v.violations()));
        return flat.size() == 1 ? flat.get(0) : new DomainRuleViolation(flat);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Every rule this refusal stands for: itself alone, or each of those {@link RuleChecks} collected. */
    public List<DomainRuleViolation> violations() {
        return all == null ? List.of(this) : all;
    }
}
