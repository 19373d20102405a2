package org.orepass.workqueue;

import java.util.ArrayList;
import java.util.List;
import org.orepass.account.Actor;
import org.orepass.producer.ProducerProgress;
import org.orepass.producer.Producers;
import org.orepass.account.Role;
import org.orepass.alert.AlertAccount;
import org.orepass.incident.IncidentQueries;
import org.orepass.incident.IncidentSearch;
import org.orepass.risk.RiskAccess;
import org.orepass.shared.PageQuery;
import org.orepass.site.SiteQueries;
import org.orepass.site.SiteSearch;
import org.orepass.site.SiteStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each role's work queue for its home page: what waits for it, how many, and the list that shows them. A count is
 * asked for only by the roles that may act on it, and counts what the linked list shows them: their
 * organisation's deliveries and assessments, their jurisdiction's inspections, shipments and proposals, the
 * incidents they may see. Sites and incidents are counted by the lists' own queries (the same visibility).
 */
@Service
@Transactional(readOnly = true)
public class WorkQueueReading {

    private final WorkCounts counts;
    private final SiteQueries sites;
    private final IncidentQueries incidents;
    private final AlertAccount alerts;
    private final Producers producers;
    private final ProducerProgress progress;

    public WorkQueueReading(WorkCounts counts, SiteQueries sites, IncidentQueries incidents, AlertAccount alerts,
            Producers producers, ProducerProgress progress) {
        this.producers = producers;
        this.progress = progress;
        this.counts = counts;
        this.sites = sites;
        this.incidents = incidents;
        this.alerts = alerts;
    }

    public List<WorkItem> of(Actor actor) {
        var items = new ArrayList<WorkItem>();
        var organisation = actor.organisationId();
        if (organisation != null && (actor.has(Role.OPERATOR) || actor.has(Role.EXPORTER))) {
            items.add(new WorkItem("deliveries", counts.deliveriesToReceive(organisation), false, "/transfers"));
        }
        var country = actor.jurisdictionCountry();
        if (actor.has(Role.INSPECTOR) && country != null) {
            // Inspections due: the jurisdiction's sites that are blue today (never inspected, or green expired).
            var division = actor.jurisdictionDivisions().size() == 1
                    ? actor.jurisdictionDivisions().iterator().next() : null;
            var due = sites.list(actor, new SiteSearch(null, country, division, null, SiteStatus.BLUE, null, null,
                    null), new PageQuery(0, 1));
            items.add(new WorkItem("inspections", due.total(), due.atLeast(), "/sites?country=" + country
                    + (division == null ? "" : "&division=" + division) + "&status=BLUE"));
            items.add(new WorkItem("shipments", counts.shipmentsToReview(country), false, "/exports"));
            items.add(new WorkItem("proposals", counts.proposalsToDecide(country, actor.jurisdictionDivisions()),
                    false, "/sites/proposals"));
        } else if (actor.has(Role.ADMIN)) {
            items.add(new WorkItem("proposals", counts.proposalsToDecide(null, java.util.Set.of()), false,
                    "/sites/proposals"));
        }
        if (actor.has(Role.CSO_MONITOR) || actor.has(Role.INSPECTOR)) {
            var overdue = incidents.list(actor, new IncidentSearch(null, null, null, null, null, null, null, null,
                    true), new PageQuery(0, 1));
            items.add(new WorkItem("incidents", overdue.total(), overdue.atLeast(), "/incidents?overdue=true"));
        }
        if (RiskAccess.mayAssess(actor)) {
            items.add(new WorkItem("assessments", counts.assessmentsToSignOff(organisation, actor.username()), false,
                    "/risk/assessments"));
        }
        // Alerts (issue 21): what the mails said, for everyone, shown while some are unread.
        var unread = alerts.unread(actor);
        if (unread > 0) {
            items.add(new WorkItem("alerts", unread, false, "/alerts"));
        }
        overdueProducerActions(actor, items);
        return List.copyOf(items);
    }

    /**
     * Improvement-plan actions past their date (issue 22), for those who manage or verify the producer; shown only
     * when there are some.
     */
    private void overdueProducerActions(Actor actor, List<WorkItem> items) {
        if (!(actor.has(Role.OPERATOR) || actor.has(Role.CSO_MONITOR) || actor.has(Role.INSPECTOR))) {
            return;
        }
        var overdue = progress.overdueActions();
        if (overdue.isEmpty()) {
            return;
        }
        long count = 0;
        for (var profile : progress.profiles(overdue.keySet())) {
            if (producers.mayManage(actor, profile) || producers.mayVerify(actor, profile)) {
                count += overdue.get(profile.getId());
            }
        }
        if (count > 0) {
            items.add(new WorkItem("producer-actions", count, false, "/producers"));
        }
    }
}
