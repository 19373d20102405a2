package org.orepass.risk;

/** What the review of a mitigation plan found: measurable improvement (trade continues) or not (suspend or leave). */
public enum ReviewOutcome {
    IMPROVED,
    FAILED
}
