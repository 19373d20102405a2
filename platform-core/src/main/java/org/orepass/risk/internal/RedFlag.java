package org.orepass.risk.internal;

import org.orepass.risk.AnnexIIRisk;
import org.orepass.risk.RiskLevel;
import java.util.Map;

/**
 * A red flag with its evidence: what it is about ({@code subject}: a site name, a lot number...), a detail (a
 * source and date, a tag number...), and the page that shows the evidence. {@code raises} is the kind's unless a
 * signal from another feature says better (an incident names its Annex II risk and severity).
 */
public record RedFlag(RedFlagKind kind, String subject, String detail, String link,
        Map<AnnexIIRisk, RiskLevel> raises) {

    public static RedFlag of(RedFlagKind kind, String subject, String detail, String link) {
        return new RedFlag(kind, subject, detail == null ? "" : detail, link, kind.raises());
    }
}
