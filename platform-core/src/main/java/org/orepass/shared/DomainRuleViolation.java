package org.orepass.shared;

/**
 * A business rule said no. Carries the form field it concerns (or null for the whole form) and a message key,
 * so that the web layer can show the user a translated message next to the right field.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public DomainRuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
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
}
