package org.orepass.risk.internal;

import java.util.List;

/** The assessment questions (a port; persistence implements it). */
public interface RiskQuestions {

    /** Every question, by risk and position. */
    List<RiskQuestion> ordered();
}
