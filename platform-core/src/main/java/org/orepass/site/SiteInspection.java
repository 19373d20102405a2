package org.orepass.site;

import org.orepass.site.internal.Inspections;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.orepass.account.Actor;
import org.orepass.shared.Dates;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.RuleChecks;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An inspector records an inspection; its result sets the site's status by the RCM rules: any critical
 * criterion breached makes it red, else any important one yellow with a 3-month correction deadline, else green.
 * The criteria counted are the ticked ones and those the recorded facts imply ({@link InspectionFacts}), so the
 * colour never contradicts what the inspection records. Another colour needs a written justification; a colour
 * better than the facts give applies only once a second inspector of the jurisdiction confirms it.
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

    /** Records an inspection against the site as it is now (no form round trip: demo data, tests). */
    public Inspection record(Actor actor, Long siteId, InspectionReport report) {
        var site = sites.findById(siteId).orElseThrow(() -> new NotFoundException("MineSite", siteId));
        return record(actor, siteId, site.getVersion(), report);
    }

    /**
     * Records an inspection of the site the inspector saw at {@code siteVersion}: a form opened before another
     * inspection (or an edit) of the same site is stale, so two inspectors at once cannot overwrite each other.
     */
    public Inspection record(Actor actor, Long siteId, long siteVersion, InspectionReport report) {
        var site = sites.findById(siteId).orElseThrow(() -> new NotFoundException("MineSite", siteId));
        if (!SiteAccess.mayInspect(actor, site)) {
            throw new SiteAccessDenied("inspect site " + site.getIcglrId());
        }
        Versioned.requireVersion("MineSite", siteId, site.getVersion(), siteVersion);
        // Every problem of the report at once (issue 16), then nothing is recorded.
        var checks = new RuleChecks();
        var earlier = inspections.findBySiteIdOrderByInspectedOnDescIdDesc(siteId);
        var decided = decide(checks, report, earlier);
        checks.throwIfAny();
        var facts = decided.facts();
        var chosen = decided.chosen();
        var justification = decided.justification();
        // A newer visit leaves nothing of an older one to confirm.
        earlier.forEach(Inspection::lapseOverride);
        var inspection = inspections.add(new Inspection(siteId, report, facts, chosen, actor.username(),
                clock.instant()));
        // A more lenient colour is only requested: the site takes the facts' colour until it is confirmed.
        var result = inspection.getResult();
        var before = site.statusOn(report.inspectedOn());
        var deadline = result == SiteStatus.YELLOW ? report.inspectedOn().plus(SiteStatusRules.YELLOW_CORRECTION)
                : null;
        var reason = result == facts ? StatusChangeReason.INSPECTION : StatusChangeReason.OVERRIDE;
        site.changeStatus(result, report.inspectedOn(), deadline, reason);
        history.add(new StatusChange(siteId, report.inspectedOn(), before, result, reason,
                result == facts ? null : justification, actor.username(), clock.instant()));
        return inspection;
    }

    /**
     * The checks {@link #record} makes, without recording anything: an inspection form its own checks refused
     * shows these problems too (issue 16). Refused like {@link #record} for who may not inspect the site.
     */
    @Transactional(readOnly = true)
    public void check(Actor actor, Long siteId, InspectionReport report) {
        var site = sites.findById(siteId).orElseThrow(() -> new NotFoundException("MineSite", siteId));
        if (!SiteAccess.mayInspect(actor, site)) {
            throw new SiteAccessDenied("inspect site " + site.getIcglrId());
        }
        var checks = new RuleChecks();
        decide(checks, report, inspections.findBySiteIdOrderByInspectedOnDescIdDesc(siteId));
        checks.throwIfAny();
    }

    /** The colour the facts give and the one chosen, with the override's reason. */
    private record Decided(SiteStatus facts, SiteStatus chosen, String justification) {
    }

    /** Every rule of the report, collected in {@code checks}; null when the facts cannot be read. */
    private Decided decide(RuleChecks checks, InspectionReport report, List<Inspection> earlier) {
        validate(checks, report, LocalDate.now(clock));
        var latest = earlier.stream().findFirst();
        if (!checks.refused("inspectedOn")) {
            // An older visit recorded late must not roll the status back over a newer one.
            checks.refuseIf(latest.isPresent() && report.inspectedOn().isBefore(latest.get().getInspectedOn()),
                    "inspectedOn", "inspection.date.before-latest",
                    latest.map(Inspection::getInspectedOn).orElse(null));
        }
        if (checks.refused("checklist") || checks.refused("observations")) {
            return null;
        }
        var facts = InspectionFacts.result(report.checklist(), report.observations());
        var chosen = report.result() == null ? facts : report.result();
        // Blue means "not inspected": an inspection cannot give it.
        checks.refuseIf(chosen == SiteStatus.BLUE, "result", "inspection.result.blue");
        var justification = report.overrideJustification() == null ? "" : report.overrideJustification().strip();
        checks.refuseIf(chosen != facts && justification.length() < InspectionFacts.MINIMUM_REASON,
                "overrideJustification", "inspection.override.justification-required");
        checks.refuseIf(chosen != facts && justification.length() > InspectionFacts.MAXIMUM_REASON,
                "overrideJustification", "inspection.text.too-long", InspectionFacts.MAXIMUM_REASON);
        return new Decided(facts, chosen, justification);
    }

    /**
     * A second inspector confirms the more lenient colour another inspector asked for: the site takes it today,
     * recorded in the history as an override by the confirming inspector with the first one's justification.
     * Refused for the inspector who asked, for anyone without jurisdiction over the site, for a colour no longer
     * pending, and when the site's status moved on since (a later inspection, or time turned it).
     */
    public Inspection confirmOverride(Actor actor, Long siteId, Long inspectionId, long inspectionVersion) {
        var site = sites.findById(siteId).orElseThrow(() -> new NotFoundException("MineSite", siteId));
        var inspection = pendingDecision(actor, site, inspectionId, inspectionVersion);
        var today = LocalDate.now(clock);
        var latest = inspections.findBySiteIdOrderByInspectedOnDescIdDesc(siteId).stream().findFirst();
        if (latest.isEmpty() || !latest.get().getId().equals(inspectionId)
                || site.statusOn(today) != inspection.getRuleResult()) {
            throw new DomainRuleViolation(null, "inspection.override.superseded");
        }
        var chosen = inspection.getRequestedResult();
        // The correction period runs from the visit, not from the confirmation; a yellow whose period is already
        // over would only turn a critical red into an overdue one.
        var deadline = chosen == SiteStatus.YELLOW
                ? inspection.getInspectedOn().plus(SiteStatusRules.YELLOW_CORRECTION) : null;
        if (deadline != null && deadline.isBefore(today)) {
            throw new DomainRuleViolation(null, "inspection.override.superseded");
        }
        inspection.confirmOverride(actor.username(), clock.instant());
        var before = site.statusOn(today);
        site.changeStatus(chosen, today, deadline, StatusChangeReason.OVERRIDE);
        history.add(new StatusChange(siteId, today, before, chosen, StatusChangeReason.OVERRIDE,
                inspection.getOverrideJustification(), actor.username(), clock.instant()));
        return inspection;
    }

    /** A second inspector refuses the more lenient colour, saying why; the site keeps the facts' colour. */
    public Inspection refuseOverride(Actor actor, Long siteId, Long inspectionId, long inspectionVersion,
            String reason) {
        var site = sites.findById(siteId).orElseThrow(() -> new NotFoundException("MineSite", siteId));
        var inspection = pendingDecision(actor, site, inspectionId, inspectionVersion);
        inspection.refuseOverride(actor.username(), clock.instant(), reason);
        return inspection;
    }

    private Inspection pendingDecision(Actor actor, MineSite site, Long inspectionId, long inspectionVersion) {
        var inspection = inspections.findById(inspectionId)
                .filter(found -> found.getSiteId().equals(site.getId()))
                .orElseThrow(() -> new NotFoundException("Inspection", inspectionId));
        if (!SiteAccess.mayInspect(actor, site)) {
            throw new SiteAccessDenied("decide on an inspection of site " + site.getIcglrId());
        }
        inspection.requirePending(actor.username());
        Versioned.requireVersion("Inspection", inspectionId, inspection.getVersion(), inspectionVersion);
        return inspection;
    }

    private static void validate(RuleChecks checks, InspectionReport report, LocalDate today) {
        checks.refuseIf(report.inspectedOn() == null, "inspectedOn", "validation.required");
        if (report.inspectedOn() != null) {
            checks.refuseIf(report.inspectedOn().isAfter(today), "inspectedOn", "inspection.date.future");
            checks.run(() -> Dates.requirePast("inspectedOn", report.inspectedOn(), today));
        }
        checks.refuseIf(report.purpose() == null || report.purpose().isBlank(), "purpose", "validation.required");
        checks.refuseIf(report.inspectors() == null || report.inspectors().isBlank(), "inspectors",
                "validation.required");
        checks.refuseIf(report.agency() == null || report.agency().isBlank(), "agency", "validation.required");
        checks.refuseIf(report.checklist() == null, "checklist", "validation.required");
        checks.run(() -> InspectionFacts.check(report.observations()));
        for (var action : report.correctiveActions()) {
            checks.refuseIf(action.description() == null || action.description().isBlank()
                    || action.deadline() == null, "correctiveActions", "inspection.action.incomplete");
            if (action.deadline() != null && report.inspectedOn() != null) {
                checks.run(() -> Dates.require("correctiveActions", action.deadline(), report.inspectedOn(),
                        Dates.FAR_FUTURE));
            }
        }
    }
}
