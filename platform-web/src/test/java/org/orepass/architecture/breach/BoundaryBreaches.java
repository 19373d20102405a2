package org.orepass.architecture.breach;

/**
 * Classes that break the feature boundaries on purpose, to show that {@code FeatureBoundariesTest}'s rules catch
 * them. They are test classes: the production import never sees them.
 */
public final class BoundaryBreaches {

    private BoundaryBreaches() {
    }

    /** Imports another feature's internal class. */
    public static final class UsesRiskInternals {
        Object internal() {
            return org.orepass.risk.internal.RiskQuestions.class;
        }
    }

    /** Uses a feature its own feature ("architecture") is not listed to use. */
    public static final class UsesCustody {
        Object custody() {
            return org.orepass.custody.Lot.class;
        }
    }
}
