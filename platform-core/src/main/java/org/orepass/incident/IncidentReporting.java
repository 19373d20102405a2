package org.orepass.incident;

import org.orepass.incident.internal.FollowUpCode;
import org.orepass.incident.internal.IncidentAccessDenied;
import org.orepass.incident.internal.LotReference;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.orepass.account.Actor;
import org.orepass.geography.Countries;
import org.orepass.organisation.Organisations;
import org.orepass.shared.DomainRuleViolation;
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
        var category = category(details);
        // The incident's own checks (date, severity, text, place) come first: they are the likelier mistakes.
        var incident = Incident.reported(details, category, Set.of(), IncidentAccess.sourceOf(actor),
                actor.username(), actor.organisationId(), clock.instant(), today());
        place(incident, details);
        for (Long organisationId : details.organisationIds()) {
            if (organisations.findById(organisationId).isEmpty()) {
                throw new DomainRuleViolation("organisationIds", "validation.required");
            }
        }
        if (!details.lotNumbers().isEmpty()) {
            var found = incidents.lotsNumbered(details.lotNumbers());
            var known = found.stream().map(LotReference::lotNumber).collect(Collectors.toSet());
            for (var number : details.lotNumbers()) {
                if (!known.contains(number)) {
                    throw new DomainRuleViolation("lotNumbers", "incident.lots.unknown", number);
                }
            }
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
        var category = category(details);
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
        if (!Countries.isCountry(details.country())) {
            throw new DomainRuleViolation("country", "validation.country");
        }
        var division = blankToNull(details.division());
        if (division != null && !Countries.isDivisionOf(division, details.country())) {
            throw new DomainRuleViolation("division", "validation.division", details.country());
        }
        var locality = blankToNull(details.locality());
        if (locality != null && locality.length() > MAX_LOCALITY) {
            throw new DomainRuleViolation("locality", "incident.locality.length", MAX_LOCALITY);
        }
        incident.placeAt(null, details.country(), division, locality);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
