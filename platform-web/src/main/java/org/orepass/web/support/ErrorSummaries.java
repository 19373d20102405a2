package org.orepass.web.support;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * The error summary's list (issue 16, GOV.UK pattern): each field once (its first message), in the order of the
 * form. Bean Validation reports in no fixed order and domain rules come after it, so the order is taken from the
 * form class, whose fields are declared in the order the page asks for them; errors not tied to a field come
 * first. Used by {@code fragments/forms :: errorSummary} as {@code @errorSummaries}. Each link targets the id
 * that is the field's name ({@link #anchor}); forms with indexed fields ({@code lines[1].loan}, {@code capacity[GOLD]},
 * {@code inputs[0].massKg}) give their inputs that name as id, since {@code th:field} alone would drop the brackets.
 */
@Component("errorSummaries")
public class ErrorSummaries {

    public List<DetailedError> inFormOrder(List<DetailedError> errors, Object form) {
        var order = form == null ? List.<String>of() : declaredFieldNames(form.getClass());
        var sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(error -> position(error, order)));
        var seen = new HashSet<String>();
        var result = new ArrayList<DetailedError>();
        for (var error : sorted) {
            if (error.isGlobal() || seen.add(error.getFieldName())) {
                result.add(error);
            }
        }
        return result;
    }

    /** The link to a field's input: its name, which is its id; a global error links to the page. */
    public String anchor(DetailedError error) {
        if (error.isGlobal() || error.getFieldName() == null) {
            return "#main";
        }
        return "#" + error.getFieldName();
    }

    private static int position(DetailedError error, List<String> order) {
        if (error.isGlobal()) {
            return -1;
        }
        var root = error.getFieldName().split("[.\\[]", 2)[0];
        var index = order.indexOf(root);
        return index < 0 ? order.size() : index;
    }

    private static List<String> declaredFieldNames(Class<?> type) {
        var names = new ArrayList<String>();
        for (var current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            var own = new ArrayList<String>();
            for (Field field : current.getDeclaredFields()) {
                if (!field.isSynthetic() && !java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                    own.add(field.getName());
                }
            }
            names.addAll(0, own);
        }
        if (type.isRecord()) {
            names.clear();
            for (var component : type.getRecordComponents()) {
                names.add(component.getName());
            }
        }
        return names;
    }
}
