package org.orepass.site;

import java.time.Clock;
import java.time.LocalDate;
import org.orepass.account.Actor;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An inspector records an inspection; its result sets the site's status by the RCM rules: any critical
 * criterion breached makes it red, else any important one yellow with a 3-month correction deadline, else green.
 * Another colour needs a written justification.
 */
@Service
@Transactional
public class SiteInspection {

    private final MineSites sites;
    private final Inspections inspections;
    private final StatusChanges history;
    private final Clock clock;

    public SiteInspection(MineSites sites, Inspections inspections, StatusChanges history, Clock clock) {
        this.sites = sites;
        this.inspections = inspections;
        this.history = history;
        this.clock = clock;
    }

    public Inspection record(Actor actor, Long siteId, InspectionReport report) {
        var site = sites.findById(siteId).orElseThrow(() -> new NotFoundException("MineSite", siteId));
        if (!SiteAccess.mayInspect(actor, site)) {
            throw new SiteAccessDenied("inspect site " + site.getIcglrId());
        }
        validate(report, LocalDate.now(clock));
        var latest = inspections.findBySiteIdOrderByInspectedOnDescIdDesc(siteId).stream().findFirst();
        if (latest.isPresent() && report.inspectedOn().isBefore(latest.get().getInspectedOn())) {
            // An older visit recorded late must not roll the status back over a newer one.
            throw new DomainRuleViolation("inspectedOn", "inspection.date.before-latest",
                    latest.get().getInspectedOn());
        }
        var ruleResult = report.checklist().result();
        var result = report.result() == null ? ruleResult : report.result();
        if (result != ruleResult && (report.overrideJustification() == null
                || report.overrideJustification().strip().length() < 20)) {
            throw new DomainRuleViolation("overrideJustification", "inspection.override.justification-required");
        }
        var inspection = inspections.add(new Inspection(siteId, report, result, actor.username(), clock.instant()));
        var before = site.statusOn(report.inspectedOn());
        var deadline = result == SiteStatus.YELLOW ? report.inspectedOn().plus(SiteStatusRules.YELLOW_CORRECTION)
                : null;
        var reason = result == ruleResult ? StatusChangeReason.INSPECTION : StatusChangeReason.OVERRIDE;
        site.changeStatus(result, report.inspectedOn(), deadline, reason);
        history.add(new StatusChange(siteId, report.inspectedOn(), before, result, reason,
                result == ruleResult ? null : report.overrideJustification().strip(), actor.username(),
                clock.instant()));
        return inspection;
    }

    private static void validate(InspectionReport report, LocalDate today) {
        if (report.inspectedOn() == null) {
            throw new DomainRuleViolation("inspectedOn", "validation.required");
        }
        if (report.inspectedOn().isAfter(today)) {
            throw new DomainRuleViolation("inspectedOn", "inspection.date.future");
        }
        if (report.purpose() == null || report.purpose().isBlank()) {
            throw new DomainRuleViolation("purpose", "validation.required");
        }
        if (report.inspectors() == null || report.inspectors().isBlank()) {
            throw new DomainRuleViolation("inspectors", "validation.required");
        }
        if (report.agency() == null || report.agency().isBlank()) {
            throw new DomainRuleViolation("agency", "validation.required");
        }
        if (report.checklist() == null) {
            throw new DomainRuleViolation("checklist", "validation.required");
        }
        for (var action : report.correctiveActions()) {
            if (action.description() == null || action.description().isBlank() || action.deadline() == null) {
                throw new DomainRuleViolation("correctiveActions", "inspection.action.incomplete");
            }
        }
    }
}
