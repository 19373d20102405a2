package org.orepass.site;

import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.RuleChecks;

/**
 * What an inspection's recorded facts imply, whatever its check boxes say. An inspection cannot contradict itself:
 * the criteria its observations breach are added to the ticked ones, and the colour follows the union.
 * <ul>
 * <li>children seen working breach the child-labour criterion (RCM important criterion: yellow);</li>
 * <li>children in pits, underground or other hazardous work are a worst form of child labour (ILO C182 art. 3(d);
 * RCM critical criterion, OECD Annex II serious abuse): red;</li>
 * <li>armed men or roadblocks at or on the way to the site, and taxation or extortion by an armed group, breach the
 * armed-group criterion (RCM critical criterion, OECD Annex II paragraphs 3-5): red; the presence and the
 * roadblocks (never the taxation) are cleared only when the inspector marks them as the lawful state security of
 * the area and writes why.</li>
 * </ul>
 * Findings are free text and are not read for facts.
 */
final class InspectionFacts {

    /** Same minimum as an override's justification: a sentence, not a word. */
    public static final int MINIMUM_REASON = 20;
    public static final int MAXIMUM_REASON = 2000;

    private InspectionFacts() {
    }

    /** The criteria the observations breach by themselves. */
    public static InspectionChecklist impliedBy(Observations seen) {
        if (seen == null) {
            return new InspectionChecklist(false, false, false, false, false, false, false, false);
        }
        var armedGroups = seen.isArmedGroupTaxation()
                || ((seen.isArmedPresence() || seen.isRoadblocks()) && !lawfulSecurity(seen));
        var worstForms = seen.isChildrenInHazardousWork();
        var childLabour = seen.getChildren() > 0 || worstForms;
        return new InspectionChecklist(armedGroups, false, worstForms, childLabour, false, false, false, false);
    }

    /** Every criterion the inspection breaches: those ticked and those its facts imply. */
    public static InspectionChecklist breached(InspectionChecklist ticked, Observations seen) {
        return ticked.union(impliedBy(seen));
    }

    /** The colour the facts give: the rules applied to every breached criterion. */
    public static SiteStatus result(InspectionChecklist ticked, Observations seen) {
        return breached(ticked, seen).result();
    }

    /**
     * Whether {@code chosen} is stricter than {@code facts} (red over yellow or green, yellow over green): such a
     * colour needs a justification only. Any other different colour is more lenient and needs a second inspector.
     */
    public static boolean stricter(SiteStatus chosen, SiteStatus facts) {
        return severity(chosen) > severity(facts);
    }

    private static int severity(SiteStatus status) {
        return switch (status) {
            case GREEN -> 0;
            case YELLOW -> 1;
            case RED -> 2;
            // Blue is not an inspection result; it never counts as stricter.
            case BLUE -> -1;
        };
    }

    private static boolean lawfulSecurity(Observations seen) {
        return seen.isLawfulStateSecurity() && seen.getLawfulSecurityReason() != null
                && seen.getLawfulSecurityReason().strip().length() >= MINIMUM_REASON;
    }

    /** Refuses observations that contradict themselves or cannot be true. */
    static void check(Observations seen) {
        if (seen == null) {
            throw new DomainRuleViolation("observations", "validation.required");
        }
        // Every contradiction at once (issue 16).
        var checks = new RuleChecks();
        checks.refuseIf(seen.getWorkersMen() < 0, "workersMen", "site.count.negative");
        checks.refuseIf(seen.getWorkersWomen() < 0, "workersWomen", "site.count.negative");
        checks.refuseIf(seen.getChildren() < 0, "children", "site.count.negative");
        checks.refuseIf(seen.isChildrenInHazardousWork() && seen.getChildren() == 0, "children",
                "inspection.children.hazardous-uncounted");
        checks.refuseIf(seen.isLawfulStateSecurity() && !seen.isArmedPresence() && !seen.isRoadblocks(),
                "lawfulStateSecurity", "inspection.lawful-security.nothing-seen");
        checks.refuseIf(seen.isLawfulStateSecurity() && (seen.getLawfulSecurityReason() == null
                || seen.getLawfulSecurityReason().strip().length() < MINIMUM_REASON),
                "lawfulSecurityReason", "inspection.lawful-security.reason-required");
        checks.refuseIf(seen.getLawfulSecurityReason() != null
                && seen.getLawfulSecurityReason().length() > MAXIMUM_REASON,
                "lawfulSecurityReason", "inspection.text.too-long", MAXIMUM_REASON);
        checks.throwIfAny();
    }
}
