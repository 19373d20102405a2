package org.orepass.incident;

import org.orepass.incident.internal.FollowUpActions;
import org.orepass.incident.internal.FollowUpCode;
import org.orepass.incident.internal.IncidentAccessDenied;
import org.orepass.incident.internal.IncidentComments;
import org.orepass.incident.internal.IncidentNotifications;
import org.orepass.incident.internal.SiteReviews;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.orepass.account.Actor;
import org.orepass.shared.Dates;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.Versioned;
import org.orepass.site.MineSites;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verification and follow-up: moving an incident along its states, comments and added information, follow-up
 * actions, the review clock, and the effect of a verified grave incident on its site.
 */
@Service
@Transactional
public class IncidentFollowUp {

    private static final int MAX_TEXT = 1000;
    private static final int MAX_COMMENT = 2000;

    private final Incidents incidents;
    private final IncidentCategories categories;
    private final IncidentComments comments;
    private final FollowUpActions actions;
    private final SiteReviews reviews;
    private final IncidentNotifications notifications;
    private final MineSites sites;
    private final Clock clock;
    private final int reviewMonths;
    private final ApplicationEventPublisher events;

    public IncidentFollowUp(Incidents incidents, IncidentCategories categories, IncidentComments comments,
            FollowUpActions actions, SiteReviews reviews, IncidentNotifications notifications, MineSites sites,
            Clock clock, @Value("${orepass.incidents.review-months:6}") int reviewMonths,
            ApplicationEventPublisher events) {
        this.incidents = incidents;
        this.categories = categories;
        this.comments = comments;
        this.actions = actions;
        this.reviews = reviews;
        this.notifications = notifications;
        this.sites = sites;
        this.clock = clock;
        this.reviewMonths = reviewMonths;
        this.events = events;
    }

    /**
     * Moves the incident to {@code target} if the actor may; {@code editedVersion} is the version the actor saw.
     * Verifying a level-1 incident under an Annex II category at a site puts the site under review and tells
     * the site's inspectors and the country's CSO monitors.
     */
    public Incident move(Actor actor, Long id, long editedVersion, IncidentStatus target, String reason) {
        var incident = visible(actor, id);
        if (!IncidentAccess.mayFollowUp(actor, incident)) {
            throw new IncidentAccessDenied("move incident " + id);
        }
        Versioned.requireVersion("Incident", id, incident.getVersion(), editedVersion);
        if (reason != null && reason.strip().length() > MAX_TEXT) {
            throw new DomainRuleViolation("reason", "incident.text.length", MAX_TEXT);
        }
        incident.moveTo(target, reason, clock.instant(), today().plusMonths(reviewMonths));
        if (target == IncidentStatus.VERIFIED && putsSiteUnderReview(incident)
                && reviews.findByIncidentId(incident.getId()).isEmpty()) {
            reviews.add(new SiteReview(incident.getSiteId(), incident.getId(), clock.instant()));
            notifications.add(new IncidentNotification(incident, IncidentNotification.SITE_UNDER_REVIEW,
                    clock.instant()));
            events.publishEvent(new SiteUnderReviewOpened(incident.getId(), incident.getSiteId()));
        }
        return incident;
    }

    /**
     * Publishes the description (not sensitive: the public pages show it once the incident is verified) or
     * withholds it again. Anonymous reports arrive sensitive; a monitor who has read one and found that it names
     * nobody and could not point to the reporter may let the public read it.
     */
    public Incident markDescription(Actor actor, Long id, long editedVersion, boolean sensitive) {
        var incident = visible(actor, id);
        if (!IncidentAccess.mayDecidePublication(actor, incident)) {
            throw new IncidentAccessDenied("decide whether incident " + id + " is published");
        }
        Versioned.requireVersion("Incident", id, incident.getVersion(), editedVersion);
        incident.markDescriptionSensitive(sensitive);
        return incident;
    }

    /** A level-1 incident under an Annex II category (or subcategory), placed at a registered site. */
    boolean putsSiteUnderReview(Incident incident) {
        return incident.getSeverity() == 1 && incident.getSiteId() != null
                && categories.findById(incident.getCategoryId()).map(IncidentCategory::isAnnexIi).orElse(false);
    }

    public IncidentComment comment(Actor actor, Long id, String body, boolean sensitive) {
        var incident = visible(actor, id);
        if (!IncidentAccess.mayComment(actor, incident)) {
            throw new IncidentAccessDenied("comment on incident " + id);
        }
        return comments.add(new IncidentComment(id, text(body, "body", MAX_COMMENT), sensitive, false,
                actor.username(), clock.instant()));
    }

    /**
     * Information the anonymous reporter adds with their code. Kept sensitive (it may identify them) and
     * authored by "anonymous"; refused once the incident is closed, like any comment.
     */
    public IncidentComment addAnonymously(String followUpCode, String body) {
        var incident = byCode(followUpCode);
        if (incident.getStatus().isClosed()) {
            throw new DomainRuleViolation("body", "incident.closed");
        }
        return comments.add(new IncidentComment(incident.getId(), text(body, "body", MAX_COMMENT), true, true,
                IncidentComment.ANONYMOUS_AUTHOR, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.DAYS)));
    }

    /** The incident a follow-up code opens; "not found" looks the same for a wrong code and a closed one. */
    @Transactional(readOnly = true)
    public Incident byCode(String followUpCode) {
        if (FollowUpCode.normalise(followUpCode).isEmpty()) {
            throw new DomainRuleViolation("code", "validation.required");
        }
        return incidents.findByFollowUpCodeHash(FollowUpCode.hash(followUpCode))
                .orElseThrow(() -> new DomainRuleViolation("code", "incident.code.unknown"));
    }

    /**
     * The state of the report a follow-up code opens, or empty for a blank or unknown code: for the channels that
     * answer "not found" in words rather than as a refused form (SMS, USSD), without failing their transaction.
     */
    @Transactional(readOnly = true)
    public Optional<IncidentStatus> statusOf(String followUpCode) {
        if (FollowUpCode.normalise(followUpCode).isEmpty()) {
            return Optional.empty();
        }
        return incidents.findByFollowUpCodeHash(FollowUpCode.hash(followUpCode)).map(Incident::getStatus);
    }

    public FollowUpAction addAction(Actor actor, Long id, String description, String owner, LocalDate dueOn) {
        var incident = visible(actor, id);
        if (!IncidentAccess.mayFollowUp(actor, incident)) {
            throw new IncidentAccessDenied("add an action to incident " + id);
        }
        if (!IncidentStatus.OPEN_AFTER_VERIFICATION.contains(incident.getStatus())) {
            throw new DomainRuleViolation(null, "incident.action.not-verified");
        }
        if (dueOn == null) {
            throw new DomainRuleViolation("dueOn", "validation.required");
        }
        Dates.require("dueOn", dueOn, Dates.EARLIEST_EVENT, Dates.FAR_FUTURE);
        return actions.add(new FollowUpAction(id, text(description, "description", MAX_TEXT),
                text(owner, "owner", 120), dueOn, actor.username(), clock.instant()));
    }

    public FollowUpAction completeAction(Actor actor, Long actionId, long editedVersion, String outcome) {
        var action = actions.findById(actionId).orElseThrow(() -> new NotFoundException("FollowUpAction", actionId));
        var incident = visible(actor, action.getIncidentId());
        if (!IncidentAccess.mayFollowUp(actor, incident)) {
            throw new IncidentAccessDenied("complete action " + actionId);
        }
        Versioned.requireVersion("FollowUpAction", actionId, action.getVersion(), editedVersion);
        action.complete(text(outcome, "outcome", MAX_TEXT), today());
        return action;
    }

    /** The site's inspector clears the review with a note once the risk is dealt with. */
    public SiteReview clearReview(Actor actor, Long reviewId, String note) {
        var review = reviews.findById(reviewId).orElseThrow(() -> new NotFoundException("SiteReview", reviewId));
        var site = sites.findById(review.getSiteId())
                .orElseThrow(() -> new NotFoundException("MineSite", review.getSiteId()));
        if (!actor.inspectsIn(site.getCountry(), site.getDivision())) {
            throw new IncidentAccessDenied("clear the review of site " + site.getIcglrId());
        }
        if (!review.isOpen()) {
            throw new DomainRuleViolation("note", "incident.review.already-cleared");
        }
        review.clear(actor.username(), text(note, "note", MAX_TEXT), clock.instant());
        return review;
    }

    public int reviewMonths() {
        return reviewMonths;
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

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(field, "validation.required");
        }
        if (value.strip().length() > max) {
            throw new DomainRuleViolation(field, "incident.text.length", max);
        }
        return value.strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
