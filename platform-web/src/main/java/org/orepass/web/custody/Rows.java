package org.orepass.web.custody;

import java.util.ArrayList;
import java.util.List;
import org.orepass.shared.DomainRuleViolation;
import org.springframework.beans.BeansException;
import org.springframework.validation.BindingResult;

/**
 * The rows of a form list the user filled in, passed to the domain without the empty ones, remembering which
 * form row each came from: the domain names a refused row by its place in what it was given
 * ({@code inputs[1].massKg}), and the message must show next to the row the user typed it in ({@code inputs[3]}).
 */
final class Rows<T> {

    private final String domainList;
    private final String formList;
    private final List<Integer> formIndices = new ArrayList<>();
    private final List<T> items = new ArrayList<>();

    Rows(String domainList, String formList) {
        this.domainList = domainList;
        this.formList = formList;
    }

    void add(int formIndex, T item) {
        formIndices.add(formIndex);
        items.add(item);
    }

    List<T> items() {
        return List.copyOf(items);
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    /** The form field for a domain field naming one of these rows, or null if it names something else. */
    String formField(String field) {
        var prefix = domainList + "[";
        if (field == null || !field.startsWith(prefix)) {
            return null;
        }
        var end = field.indexOf(']');
        var index = Integer.parseInt(field.substring(prefix.length(), end));
        return formList + "[" + formIndices.get(index) + "]" + field.substring(end + 1);
    }

    /** The refusal next to its field (row fields mapped back to the form's rows), else at the top of the form. */
    static void reject(BindingResult result, DomainRuleViolation violation, Rows<?>... rows) {
        for (var each : violation.violations()) {
            rejectOne(result, each, rows);
        }
    }

    private static void rejectOne(BindingResult result, DomainRuleViolation violation, Rows<?>... rows) {
        var field = violation.field();
        for (var list : rows) {
            var mapped = list.formField(field);
            if (mapped != null) {
                field = mapped;
            }
        }
        if (field != null) {
            try {
                result.rejectValue(field, violation.messageKey(), violation.arguments(), null);
                return;
            } catch (BeansException notAFormField) {
                // The domain named a field this form does not have: the message goes to the top.
            }
        }
        result.reject(violation.messageKey(), violation.arguments(), null);
    }
}
