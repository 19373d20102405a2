package org.orepass.web.support;

import org.orepass.shared.DomainRuleViolation;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/** Turns the domain's refusals into errors on the form, so they show next to the field in the user's language. */
public final class Forms {

    public static final String STALE = "edit.stale";

    private Forms() {
    }

    /** Every rule the refusal stands for ({@link DomainRuleViolation#violations()}), each by its field. */
    public static void reject(BindingResult result, DomainRuleViolation violation) {
        for (var each : violation.violations()) {
            if (each.field() != null && hasField(result, each.field())) {
                result.rejectValue(each.field(), each.messageKey(), each.arguments(), null);
            } else {
                result.reject(each.messageKey(), each.arguments(), null);
            }
        }
    }

    /**
     * The domain's refusals of a form that Bean Validation already refused, for the fields it did not: so a person
     * sees every problem of one submission at once, not the domain's only after fixing the others (issue 16).
     */
    public static void rejectAlso(BindingResult result, DomainRuleViolation violation) {
        for (var each : violation.violations()) {
            if (each.field() != null && hasField(result, each.field()) && !result.hasFieldErrors(each.field())) {
                result.rejectValue(each.field(), each.messageKey(), each.arguments(), null);
            } else if (each.field() == null && !result.hasGlobalErrors()) {
                result.reject(each.messageKey(), each.arguments(), null);
            }
        }
    }

    public static void rejectStale(BindingResult result) {
        result.reject(STALE);
    }

    private static boolean hasField(BindingResult result, String field) {
        var target = result.getTarget();
        return target != null && BeanUtils.getPropertyDescriptor(target.getClass(), field) != null;
    }
}
