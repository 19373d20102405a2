package org.orepass.web.support;

import java.beans.Introspector;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Errors a person understands (issue 16): a vague error on a field ("this field is required", "not in the expected
 * format", "above zero") is replaced by the field's own message, which names the field and says what to type with
 * an example ("Enter the mass in kilograms, for example 12.5"). The message is {@code field.<form>.<field>} in the
 * bundles (i18n/field-help), {@code <form>} the form class's name with a lower-case first letter (or one of its
 * super classes', for fields several forms share); list indexes and map keys are left out of the field
 * ({@code actions[2].deadline} is {@code actions.deadline}). A field without such a message keeps the one it had,
 * and a precise refusal (a tag already used, a point outside the country) is never replaced.
 *
 * <p>Installed on every form's binder, so it applies to Bean Validation, conversion errors and the domain's refusals
 * ({@link Forms#reject}) alike.
 */
@ControllerAdvice
public class FieldHelp {

    /** Error codes that say nothing about the field: Bean Validation's, conversion, and the domain's generic ones. */
    static final Set<String> VAGUE = Set.of("NotBlank", "NotNull", "NotEmpty", "typeMismatch", "Positive",
            "PositiveOrZero", "Min", "validation.required", "validation.country",
            "lot.mass.positive", "lot.packageCount.positive", "lot.tag.required", "transfer.mass.positive",
            "transfer.buyer.required", "export.declaredMass.positive", "export.declaredValue.positive",
            "site.count.negative", "incident.affected.negative", "mass.positive", "mass.negative",
            "lot.productionDate.future", "operation.date.required", "tax.rate.positive",
            "risk.subject.required", "risk.decision.required", "risk.plan.measures.required",
            "risk.plan.responsible.required", "risk.plan.indicators.required", "risk.plan.text.required",
            "risk.plan.outcome.required", "risk.report.policy.required", "risk.cahra.country.unknown",
            "risk.cahra.source.required", "risk.cahra.listedOn.required",
            "risk.threshold.description.required", "risk.threshold.kg.required", "risk.threshold.kg.positive",
            "risk.threshold.source.required");

    public static final String PREFIX = "field.";

    @InitBinder
    void helpByField(WebDataBinder binder) {
        // The form object is made after this runs (constructor binding): its type is known already.
        Class<?> type = binder.getTarget() != null ? binder.getTarget().getClass()
                : binder.getTargetType() == null ? null : binder.getTargetType().resolve();
        if (type == null || !type.getName().startsWith("org.orepass.")) {
            return;
        }
        binder.setMessageCodesResolver(new Codes(formNames(type)));
    }

    static List<String> formNames(Class<?> type) {
        var names = new ArrayList<String>();
        for (var current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            names.add(Introspector.decapitalize(current.getSimpleName()));
        }
        return names;
    }

    /** Spring's codes, with the field's own message right after the most specific one when the error is vague. */
    static final class Codes implements MessageCodesResolver {

        private final DefaultMessageCodesResolver spring = new DefaultMessageCodesResolver();
        private final List<String> forms;

        Codes(List<String> forms) {
            this.forms = forms;
        }

        @Override
        public String[] resolveMessageCodes(String errorCode, String objectName) {
            return spring.resolveMessageCodes(errorCode, objectName);
        }

        @Override
        public String[] resolveMessageCodes(String errorCode, String objectName, String field, Class<?> fieldType) {
            var codes = spring.resolveMessageCodes(errorCode, objectName, field, fieldType);
            if (!VAGUE.contains(errorCode) || field == null || field.isEmpty()) {
                return codes;
            }
            var plain = field.replaceAll("\\[[^\\]]*\\]", "");
            var result = new ArrayList<String>();
            result.add(codes[0]);
            for (var form : forms) {
                result.add(PREFIX + form + "." + plain);
            }
            for (int i = 1; i < codes.length; i++) {
                result.add(codes[i]);
            }
            return result.toArray(String[]::new);
        }
    }
}
