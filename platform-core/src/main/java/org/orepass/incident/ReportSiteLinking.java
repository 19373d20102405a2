package org.orepass.incident;

import org.orepass.incident.internal.IncidentAccessDenied;
import org.orepass.incident.internal.IncidentNotifications;
import org.orepass.incident.internal.SiteChoices;
import org.orepass.incident.internal.SiteReviews;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.orepass.account.Actor;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.Versioned;
import org.orepass.site.MineSite;
import org.orepass.site.MineSites;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Linking a report to a registered mine site, the one step every channel takes: the public form and the
 * signed-in form (through {@link IncidentReporting}), the verification step ({@link #link}), and later SMS, USSD
 * or offline reports. A linked report is a report at the site, in the same column ({@code incident.site_id}), so
 * everything that follows a report at a site follows a linked one: verified at level 1 under an Annex II
 * category it puts the site under review (lots held, custody and export refused, notifications), and risk
 * assessments of the site show it as a red flag.
 */
@Service
@Transactional
public class ReportSiteLinking {

    /** Matches shown for one search: enough to find a site by its name, too few to list the registry. */
    public static final int MATCHES_SHOWN = 10;
    /** Shorter searches would match most sites. */
    public static final int SHORTEST_SEARCH = 2;
    public static final int LONGEST_SEARCH = 100;

    private final Incidents incidents;
    private final IncidentCategories categories;
    private final MineSites sites;
    private final SiteChoices choices;
    private final SiteReviews reviews;
    private final IncidentNotifications notifications;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public ReportSiteLinking(Incidents incidents, IncidentCategories categories, MineSites sites,
            SiteChoices choices, SiteReviews reviews, IncidentNotifications notifications, Clock clock,
            ApplicationEventPublisher events) {
        this.incidents = incidents;
        this.categories = categories;
        this.sites = sites;
        this.choices = choices;
        this.reviews = reviews;
        this.notifications = notifications;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The sites a reporter may pick for what they typed (a name, a village, a division code), in the country
     * they chose when they chose one. Anyone may search, the public included: a match shows only the name and
     * the place in words. A search shorter than {@link #SHORTEST_SEARCH} letters is refused by the field.
     */
    @Transactional(readOnly = true)
    public List<SiteChoice> find(String text, String country) {
        var typed = text == null ? "" : text.strip();
        if (typed.length() < SHORTEST_SEARCH) {
            throw new DomainRuleViolation("siteQuery", "incident.site.search.short", SHORTEST_SEARCH);
        }
        if (typed.length() > LONGEST_SEARCH) {
            throw new DomainRuleViolation("siteQuery", "incident.text.length", LONGEST_SEARCH);
        }
        return choices.find(typed, country == null || country.isBlank() ? null : country.strip(), MATCHES_SHOWN);
    }

    /** The site a form has chosen, as a reporter may see it; empty for an id that names no site. */
    @Transactional(readOnly = true)
    public Optional<SiteChoice> choice(Long siteId) {
        return siteId == null ? Optional.empty() : choices.byId(siteId);
    }

    /** Whether the actor may link this incident to a site at all (to show the step; {@link #link} decides). */
    @Transactional(readOnly = true)
    public boolean mayLink(Actor actor, Incident incident) {
        return IncidentAccess.mayFollowUp(actor, incident) && !incident.getStatus().isClosed();
    }

    /**
     * Links the incident to the site, or moves the link to another site, at the verification step or later
     * while the incident is open. Those who verify may: CSO monitors anywhere, inspectors where they inspect,
     * both the incident's place and the site's. The incident takes the site's place. When the incident is
     * verified, the consequences move with the link: a review opened at the former site for this incident ends,
     * and a level-1 Annex II incident puts the new site under review and tells its inspectors and monitors.
     * Nothing about the reporter is read or shown; the change is audited under the actor who linked.
     */
    public Incident link(Actor actor, Long incidentId, long editedVersion, Long siteId) {
        var incident = visible(actor, incidentId);
        if (!IncidentAccess.mayFollowUp(actor, incident)) {
            throw new IncidentAccessDenied("link incident " + incidentId + " to a site");
        }
        Versioned.requireVersion("Incident", incidentId, incident.getVersion(), editedVersion);
        if (incident.getStatus().isClosed()) {
            throw new DomainRuleViolation("siteId", "incident.closed");
        }
        var site = siteFor(siteId, null);
        if (!IncidentAccess.mayLinkSiteAt(actor, site.getCountry(), site.getDivision())) {
            throw new DomainRuleViolation("siteId", "incident.site.outside-jurisdiction");
        }
        if (site.getId().equals(incident.getSiteId())) {
            return incident;
        }
        incident.placeAt(site.getId(), site.getCountry(), site.getDivision(), site.getLocality());
        followTheLink(actor, incident);
        return incident;
    }

    /**
     * The site a report names, checked as every channel needs it: a registered site (an id that names none is
     * refused by the field, never an error page), in the country the reporter chose when they chose one.
     */
    MineSite siteFor(Long siteId, String country) {
        if (siteId == null) {
            throw new DomainRuleViolation("siteId", "validation.required");
        }
        var site = sites.findById(siteId)
                .orElseThrow(() -> new DomainRuleViolation("siteId", "incident.site.unknown"));
        if (country != null && !country.isBlank() && !country.strip().equalsIgnoreCase(site.getCountry())) {
            throw new DomainRuleViolation("siteId", "incident.site.other-country");
        }
        return site;
    }

    /** The review follows the link of a verified incident: ended at the former site, opened at the new one. */
    private void followTheLink(Actor actor, Incident incident) {
        var now = clock.instant();
        var earlier = reviews.ofIncident(incident.getId());
        for (var review : earlier) {
            if (review.isOpen() && !review.getSiteId().equals(incident.getSiteId())) {
                review.endBecauseRelinked(actor.username(), now);
            }
        }
        // The database holds at most one open review per incident: the ended one is written first.
        reviews.flush();
        if (!IncidentStatus.OPEN_AFTER_VERIFICATION.contains(incident.getStatus()) || !putsSiteUnderReview(incident)) {
            return;
        }
        // A review of this incident the site's inspector already cleared there stays cleared.
        var reviewedThere = earlier.stream().anyMatch(review -> review.getSiteId().equals(incident.getSiteId())
                && (review.isOpen() || !review.isRelinked()));
        if (!reviewedThere) {
            reviews.add(new SiteReview(incident.getSiteId(), incident.getId(), now));
            notifications.add(new IncidentNotification(incident, IncidentNotification.SITE_UNDER_REVIEW, now));
            events.publishEvent(new SiteUnderReviewOpened(incident.getId(), incident.getSiteId()));
        }
    }

    /** The same rule as verification applies ({@link IncidentFollowUp#move}). */
    private boolean putsSiteUnderReview(Incident incident) {
        return incident.getSeverity() == 1 && incident.getSiteId() != null
                && categories.findById(incident.getCategoryId()).map(IncidentCategory::isAnnexIi).orElse(false);
    }

    private Incident visible(Actor actor, Long id) {
        var incident = incidents.findById(id).orElseThrow(() -> new NotFoundException("Incident", id));
        var operates = incident.getSiteId() != null && actor.organisationId() != null
                && incidents.operatesSite(actor.organisationId(), incident.getSiteId());
        if (!IncidentAccess.maySee(actor, incident, operates)) {
            throw new NotFoundException("Incident", id);
        }
        return incident;
    }
}
