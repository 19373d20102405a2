package org.orepass.web.support;

import org.orepass.shared.DomainRuleViolation;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/** Turns the domain's refusals into errors on the form, so they show next to the field in the user's language. */
public final class Forms {

    public static final String STALE = "edit.stale";

    private Forms() {
    }

    public static void reject(BindingResult result, DomainRuleViolation violation) {
        if (violation.field() != null && hasField(result, violation.field())) {
            result.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
        } else {
            result.reject(violation.messageKey(), violation.arguments(), null);
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
