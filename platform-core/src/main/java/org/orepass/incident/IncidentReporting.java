package org.orepass.incident;

import org.orepass.incident.internal.FollowUpCode;
import org.orepass.incident.internal.IncidentAccessDenied;
import org.orepass.incident.internal.LotReference;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.orepass.account.Actor;
import org.orepass.geography.Countries;
import org.orepass.organisation.Organisations;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.RuleChecks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reporting an incident: signed in, on behalf of one's organisation, or anonymously from the public form. */
@Service
@Transactional
public class IncidentReporting {

    private static final int MAX_LOCALITY = 120;

    private final Incidents incidents;
    private final IncidentCategories categories;
    private final Organisations organisations;
    private final ReportSiteLinking siteLinking;
    private final Clock clock;

    public IncidentReporting(Incidents incidents, IncidentCategories categories, Organisations organisations,
            ReportSiteLinking siteLinking, Clock clock) {
        this.incidents = incidents;
        this.categories = categories;
        this.organisations = organisations;
        this.siteLinking = siteLinking;
        this.clock = clock;
    }

    /** What an anonymous reporter gets back: the report and the code shown to them once. */
    public record AnonymousReceipt(Incident incident, String followUpCode) {
    }

    public Incident report(Actor actor, IncidentDetails details) {
        if (!IncidentAccess.mayReport(actor)) {
            throw new IncidentAccessDenied("report an incident");
        }
        // Every problem of the report at once (issue 16): category, the incident's own rules, place, links.
        var found = checked(details);
        var category = category(details);
        var incident = Incident.reported(details, category, Set.of(), IncidentAccess.sourceOf(actor),
                actor.username(), actor.organisationId(), clock.instant(), today());
        place(incident, details);
        if (!found.isEmpty()) {
            incident.linkLots(found.stream().map(LotReference::id).collect(Collectors.toSet()));
        }
        return incidents.add(incident);
    }

    /**
     * A report from the public form (and later SMS, USSD): the place the reporter gave, or a registered site they
     * picked by its name (in the country they chose; {@link ReportSiteLinking}), the description always treated
     * as sensitive (it may identify the reporter), no lots or organisations, no actor. The caller runs this as
     * the fixed "anonymous" principal so the audit trail names nobody.
     */
    public AnonymousReceipt reportAnonymously(IncidentDetails details) {
        var checks = new RuleChecks();
        var category = checks.value(() -> category(details));
        checks.run(() -> Incident.check(details, today()));
        checks.run(() -> checkPlace(details));
        checks.throwIfAny();
        var code = FollowUpCode.generate();
        var anonymous = new IncidentDetails(details.categoryId(), details.severity(), details.occurredOn(),
                details.siteId(),
                details.country(), details.division(), details.locality(), details.mineral(), details.description(),
                true, details.affected(), null, null);
        var incident = Incident.reportedAnonymously(anonymous, category, FollowUpCode.hash(code), clock.instant(),
                today());
        place(incident, anonymous);
        return new AnonymousReceipt(incidents.add(incident), code);
    }

    private IncidentCategory category(IncidentDetails details) {
        if (details.categoryId() == null) {
            throw new DomainRuleViolation("categoryId", "validation.required");
        }
        return categories.findById(details.categoryId())
                .orElseThrow(() -> new DomainRuleViolation("categoryId", "validation.required"));
    }

    /**
     * At a registered site (any site, whoever reports: what they see of it is its name and place, and a verifier
     * checks the link), whose place the incident takes; or at the country, division and locality given.
     */
    private void place(Incident incident, IncidentDetails details) {
        if (details.siteId() != null) {
            var site = siteLinking.siteFor(details.siteId(), details.country());
            incident.placeAt(site.getId(), site.getCountry(), site.getDivision(), site.getLocality());
            return;
        }
        checkPlace(details);
        var division = blankToNull(details.division());
        var locality = blankToNull(details.locality());
        incident.placeAt(null, details.country(), division, locality);
    }

    /**
     * Every check {@link #report} makes, without recording anything: a form that its own checks refused shows
     * these problems too, all at once. Authorisation is the caller's (nothing is read that the form does not name).
     */
    @Transactional(readOnly = true)
    public void check(IncidentDetails details) {
        checked(details);
    }

    private List<LotReference> checked(IncidentDetails details) {
        var checks = new RuleChecks();
        checks.run(() -> category(details));
        checks.run(() -> Incident.check(details, today()));
        checks.run(() -> checkPlace(details));
        for (Long organisationId : details.organisationIds()) {
            checks.refuseIf(organisations.findById(organisationId).isEmpty(), "organisationIds",
                    "validation.required");
        }
        var found = details.lotNumbers().isEmpty() ? List.<LotReference>of()
                : incidents.lotsNumbered(details.lotNumbers());
        var known = found.stream().map(LotReference::lotNumber).collect(Collectors.toSet());
        for (var number : details.lotNumbers()) {
            checks.refuseIf(!known.contains(number), "lotNumbers", "incident.lots.unknown", number);
        }
        checks.throwIfAny();
        return found;
    }

    /** The place typed (when no site was picked): country, its division, a locality that fits; all at once. */
    private static void checkPlace(IncidentDetails details) {
        if (details.siteId() != null) {
            return;
        }
        var checks = new RuleChecks();
        var knownCountry = Countries.isCountry(details.country());
        checks.refuseIf(!knownCountry, "country", "validation.country");
        var division = blankToNull(details.division());
        checks.refuseIf(knownCountry && division != null && !Countries.isDivisionOf(division, details.country()),
                "division", "validation.division", details.country());
        var locality = blankToNull(details.locality());
        checks.refuseIf(locality != null && locality.length() > MAX_LOCALITY, "locality", "incident.locality.length",
                MAX_LOCALITY);
        checks.throwIfAny();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
