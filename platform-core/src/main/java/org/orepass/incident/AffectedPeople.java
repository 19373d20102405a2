package org.orepass.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** People affected by sex and age band (adults, children under 18), as field monitors count them. */
@Embeddable
public record AffectedPeople(@Column(name = "affected_women") int women, @Column(name = "affected_men") int men,
        @Column(name = "affected_girls") int girls, @Column(name = "affected_boys") int boys) {

    public static final AffectedPeople NONE = new AffectedPeople(0, 0, 0, 0);

    public int total() {
        return women + men + girls + boys;
    }

    boolean anyNegative() {
        return women < 0 || men < 0 || girls < 0 || boys < 0;
    }
}
