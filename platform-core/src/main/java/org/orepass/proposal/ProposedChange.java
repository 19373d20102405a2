package org.orepass.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One field an operator wants changed: its value when the operator opened the form and the value proposed, both
 * in the text form of {@link SiteFields}.
 */
@Embeddable
public class ProposedChange {

    @Column(name = "field")
    private String field;
    private String valueBefore;
    private String valueProposed;

    protected ProposedChange() {
        // for JPA
    }

    ProposedChange(String field, String valueBefore, String valueProposed) {
        this.field = field;
        this.valueBefore = valueBefore;
        this.valueProposed = valueProposed;
    }

    public String getField() {
        return field;
    }

    public String getValueBefore() {
        return valueBefore;
    }

    public String getValueProposed() {
        return valueProposed;
    }

    /** As the audit trail writes the proposal's fields. */
    @Override
    public String toString() {
        return field + ": " + valueBefore + " -> " + valueProposed;
    }
}
