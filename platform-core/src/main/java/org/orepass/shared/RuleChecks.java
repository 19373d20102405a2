package org.orepass.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the rules one submission breaks instead of stopping at the first, so the person sees every problem of a
 * form at once (issue 16, GOV.UK pattern). A field refused once is not refused again by a later check (the first
 * message says what to do; a second one about the same field would only repeat it).
 *
 * <pre>
 * var checks = new RuleChecks();
 * checks.refuseIf(name == null, "name", "validation.required");
 * checks.run(() -&gt; Mass.typed("mass", mass, false));   // a check that throws is collected too
 * checks.throwIfAny();
 * </pre>
 */
public final class RuleChecks {

    private final List<DomainRuleViolation> found = new ArrayList<>();

    /** Records the refusal when the condition holds and the field has no refusal yet. */
    public RuleChecks refuseIf(boolean condition, String field, String messageKey, Object... arguments) {
        if (condition) {
            add(new DomainRuleViolation(field, messageKey, arguments));
        }
        return this;
    }

    /** Runs a check that throws {@link DomainRuleViolation}, recording what it throws. */
    public RuleChecks run(Runnable check) {
        try {
            check.run();
        } catch (DomainRuleViolation violation) {
            violation.violations().forEach(this::add);
        }
        return this;
    }

    /** Runs a check that returns a value or throws; the value, or null when it was refused. */
    public <T> T value(Supplier<T> check) {
        try {
            return check.get();
        } catch (DomainRuleViolation violation) {
            violation.violations().forEach(this::add);
            return null;
        }
    }

    /** Whether the field was already refused (so a later check that needs it valid can be skipped). */
    public boolean refused(String field) {
        return found.stream().anyMatch(v -> field == null ? v.field() == null : field.equals(v.field()));
    }

    public boolean any() {
        return !found.isEmpty();
    }

    /** Throws one violation standing for all those found, if any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw DomainRuleViolation.all(found);
        }
    }

    private void add(DomainRuleViolation violation) {
        if (violation.field() == null || !refused(violation.field())) {
            found.add(violation);
        }
    }
}
