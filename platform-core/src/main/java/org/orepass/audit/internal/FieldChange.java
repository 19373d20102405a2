package org.orepass.audit.internal;

/** One field's value before and after a change, as text ("[redacted]" for secrets). */
public record FieldChange(String field, String oldValue, String newValue) {

    public static final String REDACTED = "[redacted]";
}
