package org.orepass.incident;

import org.orepass.incident.internal.FollowUpActions;
import org.orepass.incident.internal.IncidentAccessDenied;
import org.orepass.incident.internal.IncidentAttachmentSummary;
import org.orepass.incident.internal.IncidentAttachments;
import org.orepass.incident.internal.IncidentComments;
import org.orepass.incident.internal.IncidentListings;
import org.orepass.incident.internal.IncidentNotifications;
import org.orepass.incident.internal.IncidentStatistics;
import org.orepass.incident.internal.IncidentVisibility;
import org.orepass.incident.internal.LotReference;
import org.orepass.incident.internal.SiteReviews;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.Organisations;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;
import org.orepass.site.MineSite;
import org.orepass.site.MineSites;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading incidents, always through {@link IncidentAccess}: what each role needs, nothing more. */
@Service
@Transactional(readOnly = true)
public class IncidentQueries {

    private static final int NOTIFICATIONS_SHOWN = 100;
    private static final int LOT_INCIDENTS_SHOWN = 50;

    private final Incidents incidents;
    private final IncidentListings listings;
    private final IncidentStatistics statistics;
    private final IncidentCategories categories;
    private final IncidentComments comments;
    private final FollowUpActions actions;
    private final IncidentAttachments attachments;
    private final SiteReviews reviews;
    private final IncidentNotifications notifications;
    private final MineSites sites;
    private final Organisations organisations;
    private final Clock clock;

    public IncidentQueries(Incidents incidents, IncidentListings listings, IncidentStatistics statistics,
            IncidentCategories categories,
            IncidentComments comments, FollowUpActions actions, IncidentAttachments attachments,
            SiteReviews reviews, IncidentNotifications notifications, MineSites sites, Organisations organisations,
            Clock clock) {
        this.incidents = incidents;
        this.listings = listings;
        this.statistics = statistics;
        this.categories = categories;
        this.comments = comments;
        this.actions = actions;
        this.attachments = attachments;
        this.reviews = reviews;
        this.notifications = notifications;
        this.sites = sites;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * An incident with what its page shows to this actor. Text marked sensitive (description and comments) is
     * left out unless the actor may read it; who reported is left out unless the actor may know.
     */
    public record IncidentFile(Incident incident, boolean showSensitive, boolean showReporter, String siteName,
            List<LotReference> lots, List<String> organisationNames, List<IncidentComment> comments,
            List<FollowUpAction> actions, List<IncidentAttachmentSummary> attachments, SiteReview review,
            boolean mayFollowUp, boolean mayComment, Set<IncidentStatus> nextStates, boolean overdue,
            boolean mayDecidePublication) {

        /** The description when this actor may read it; null when it is sensitive and they may not. */
        public String description() {
            return incident.isDescriptionSensitive() && !showSensitive ? null : incident.getDescription();
        }
    }

    public IncidentFile file(Actor actor, Long id) {
        var incident = incidents.findById(id).orElseThrow(() -> new NotFoundException("Incident", id));
        var operates = incident.getSiteId() != null && actor.organisationId() != null
                && incidents.operatesSite(actor.organisationId(), incident.getSiteId());
        if (!IncidentAccess.maySee(actor, incident, operates)) {
            // Not 403: that an incident exists is itself not for everyone to learn.
            throw new NotFoundException("Incident", id);
        }
        var sensitive = IncidentAccess.mayReadSensitive(actor, incident);
        var followUp = IncidentAccess.mayFollowUp(actor, incident);
        var siteName = incident.getSiteId() == null ? null
                : sites.findById(incident.getSiteId()).map(MineSite::getName).orElse(null);
        var shownComments = comments.findByIncidentIdOrderById(id).stream()
                .filter(comment -> sensitive || !comment.isSensitive()).toList();
        var organisationNames = incident.getOrganisationIds().stream()
                .map(organisations::findById).flatMap(java.util.Optional::stream).map(Organisation::getName)
                .sorted().toList();
        return new IncidentFile(incident, sensitive, IncidentAccess.maySeeReporter(actor, incident), siteName,
                incidents.lotsById(incident.getLotIds()), organisationNames, shownComments,
                actions.findByIncidentIdOrderByDueOnAscIdAsc(id),
                sensitive ? attachments.summariesOf(id) : List.of(),
                reviews.findByIncidentId(id).orElse(null), followUp,
                IncidentAccess.mayComment(actor, incident), followUp ? incident.getStatus().next() : Set.of(),
                incident.isOverdueOn(today()), IncidentAccess.mayDecidePublication(actor, incident));
    }

    public ResultPage<IncidentRow> list(Actor actor, IncidentSearch search, PageQuery page) {
        return listings.list(search, IncidentVisibility.of(actor), today(), page);
    }

    /** The dashboard of those who follow incidents up, over what they may see. */
    public IncidentFigures dashboard(Actor actor, IncidentSearch search) {
        requireDashboardReader(actor);
        return statistics.figures(search, IncidentVisibility.of(actor), today(), false);
    }

    private static void requireDashboardReader(Actor actor) {
        if (!(actor.has(Role.CSO_MONITOR) || actor.has(Role.INSPECTOR) || actor.has(Role.ADMIN)
                || actor.has(Role.AUDITOR))) {
            throw new IncidentAccessDenied("read the incident dashboard");
        }
    }

    /** The public dashboard: verified incidents only. */
    public IncidentFigures publicDashboard(IncidentSearch search) {
        return statistics.figures(search, IncidentVisibility.publicView(), today(), true);
    }

    public ResultPage<PublicIncidentRow> publicList(IncidentSearch search, PageQuery page) {
        return listings.publicList(search, page);
    }

    /** The dashboard's export: every incident its figures count, for those who read the dashboard. */
    public void export(Actor actor, IncidentSearch search, java.util.function.Consumer<IncidentRow> row) {
        requireDashboardReader(actor);
        listings.each(search, IncidentVisibility.of(actor), today(), row);
    }

    /** The public export: verified incidents, redacted. */
    public void publicExport(IncidentSearch search, java.util.function.Consumer<PublicIncidentRow> row) {
        listings.eachPublic(search, row);
    }

    /**
     * The notification list: an inspector's jurisdiction, a CSO monitor's organisation's country; administrators
     * see all. Others have none.
     */
    public List<IncidentNotification> notifications(Actor actor) {
        if (actor.has(Role.ADMIN)) {
            return notifications.newest(NOTIFICATIONS_SHOWN);
        }
        var result = new java.util.ArrayList<IncidentNotification>();
        if (actor.has(Role.INSPECTOR) && actor.jurisdictionCountry() != null) {
            result.addAll(notifications.newestIn(actor.jurisdictionCountry(), actor.jurisdictionDivisions(),
                    NOTIFICATIONS_SHOWN));
        }
        if (actor.has(Role.CSO_MONITOR) && actor.organisationId() != null) {
            organisations.findById(actor.organisationId()).map(Organisation::getCountry)
                    .filter(country -> !country.equals(actor.jurisdictionCountry()) || !actor.has(Role.INSPECTOR))
                    .ifPresent(country -> result.addAll(notifications.newestIn(country, Set.of(),
                            NOTIFICATIONS_SHOWN)));
        }
        result.sort(java.util.Comparator.comparing(IncidentNotification::getCreatedAt).reversed());
        return result;
    }

    /**
     * The incidents linked to a lot that this actor may see, for the lot page (which has checked the lot).
     * Incidents are few per lot; the cap keeps a page light if a lot ever gathers many.
     */
    public List<Incident> aboutLot(Actor actor, Long lotId) {
        return incidents.linkedToLot(lotId, LOT_INCIDENTS_SHOWN).stream().filter(incident -> {
            var operates = incident.getSiteId() != null && actor.organisationId() != null
                    && incidents.operatesSite(actor.organisationId(), incident.getSiteId());
            return IncidentAccess.maySee(actor, incident, operates);
        }).toList();
    }

    /** Open reviews of a site, for the site page (which has checked that the actor may see the site). */
    public List<SiteReview> openReviewsAt(Long siteId) {
        return reviews.openAt(siteId);
    }

    /** Lots among these that are held for export review because their origin is under review. */
    public List<Long> lotsOnHold(Iterable<Long> lotIds) {
        return reviews.lotsOnHold(lotIds);
    }

    public List<IncidentCategory> categories() {
        return categories.allInOrder();
    }

    /** A file, if the actor may read the incident's files (those who may read its sensitive text). */
    public IncidentAttachment download(Actor actor, Long incidentId, Long attachmentId) {
        var file = file(actor, incidentId);
        if (!file.showSensitive()) {
            throw new NotFoundException("IncidentAttachment", attachmentId);
        }
        return attachments.findById(attachmentId).filter(found -> found.getIncidentId().equals(incidentId))
                .orElseThrow(() -> new NotFoundException("IncidentAttachment", attachmentId));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
