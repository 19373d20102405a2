package org.orepass.export;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.orepass.account.Actor;
import org.orepass.custody.CustodyAccessDenied;
import org.orepass.custody.Genealogy;
import org.orepass.custody.OriginShare;
import org.orepass.custody.Trace;
import org.orepass.custody.TraceProblem;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.Versioned;
import org.orepass.site.SiteStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The government side: an inspector whose jurisdiction covers the exporter's country reviews a submitted
 * shipment with its origin sites and custody trace on one page, and issues the ICGLR certificate or refuses it
 * with reasons. A trace that reaches a red site, a voided tag, an uncertified lot or a broken mass balance
 * blocks the certificate here, on the server, whatever the page showed.
 */
@Service
@Transactional
public class ExportReview {

    private final ExportQueries queries;
    private final ExportCertificates certificates;
    private final CertificateSerials serials;
    private final Genealogy genealogy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ExportReview(ExportQueries queries, ExportCertificates certificates, CertificateSerials serials,
            Genealogy genealogy, ApplicationEventPublisher events, Clock clock) {
        this.queries = queries;
        this.certificates = certificates;
        this.serials = serials;
        this.genealogy = genealogy;
        this.events = events;
        this.clock = clock;
    }

    /** A reason the certificate may not be issued: the kind of problem, and the lot and site it is about. */
    public record Blocker(String kind, String lotNumber, Long siteId, String siteName) {
    }

    public record ReviewView(ExportQueries.ShipmentView shipment, Trace trace, List<Blocker> blockers,
            List<Blocker> warnings, boolean mayDecide, LocalDate today) {
    }

    @Transactional(readOnly = true)
    public ReviewView review(Actor actor, Long id) {
        var shipment = queries.visible(actor, id);
        if (!ExportAccess.mayReview(actor, shipment) && !ExportAccess.readsAll(actor)) {
            throw new CustodyAccessDenied("review export shipment " + id);
        }
        var trace = trace(shipment);
        return new ReviewView(queries.view(actor, shipment), trace, blockers(trace), warnings(trace),
                ExportAccess.mayReview(actor, shipment) && shipment.getStatus() == ExportStatus.SUBMITTED,
                LocalDate.now(clock));
    }

    public ExportCertificate certify(Actor actor, Long id, long version, CertificateDetails details) {
        var shipment = reviewable(actor, id, version);
        var trace = trace(shipment);
        if (!blockers(trace).isEmpty()) {
            throw new DomainRuleViolation(null, "certificate.blocked");
        }
        var today = LocalDate.now(clock);
        var country = shipment.getExporter().getCountry();
        // Inside this transaction: a certificate refused below gives its number back (the upsert rolls back).
        var serial = country + "-" + today.getYear() + "-" + String.format("%05d", serials.next(country,
                today.getYear()));
        var certificate = certificates.add(ExportCertificate.issue(shipment, serial, details, mineralOrigin(trace),
                today, actor.username(), clock.instant()));
        shipment.certified(actor.username(), clock.instant());
        events.publishEvent(new ExportCertified(shipment.getId()));
        return certificate;
    }

    public ExportShipment refuse(Actor actor, Long id, long version, String reason) {
        var shipment = reviewable(actor, id, version);
        shipment.refused(reason, actor.username(), clock.instant());
        return shipment;
    }

    private ExportShipment reviewable(Actor actor, Long id, long version) {
        var shipment = queries.visible(actor, id);
        if (!ExportAccess.mayReview(actor, shipment)) {
            throw new CustodyAccessDenied("decide on export shipment " + id);
        }
        Versioned.requireVersion("ExportShipment", id, shipment.getVersion(), version);
        shipment.requireStatus(ExportStatus.SUBMITTED);
        return shipment;
    }

    /** Everything upstream of what is shipped: the export lot once submitted, else the lots the draft names. */
    private Trace trace(ExportShipment shipment) {
        var lotIds = shipment.getExportLot() != null ? List.of(shipment.getExportLot().getId())
                : shipment.getLots().stream().map(line -> line.getLot().getId()).toList();
        return genealogy.traceBack(lotIds);
    }

    /**
     * Every problem of the trace blocks the certificate except a weight difference on a purchase, which the
     * inspector weighs (it is flagged and recorded as an anomaly already); an origin site red today blocks too,
     * even if it turned red after the lot was produced.
     */
    static List<Blocker> blockers(Trace trace) {
        var blockers = new ArrayList<Blocker>();
        for (TraceProblem problem : trace.problems()) {
            if (!isWarning(problem)) {
                blockers.add(blocker(trace, problem));
            }
        }
        for (OriginShare origin : trace.origins()) {
            var alreadySaid = blockers.stream().anyMatch(b -> b.kind().equals("RED_SITE")
                    && origin.siteId() == (b.siteId() == null ? -1 : b.siteId()));
            if (origin.statusToday() == SiteStatus.RED && !alreadySaid) {
                blockers.add(new Blocker("RED_SITE", null, origin.siteId(), origin.siteName()));
            }
        }
        return blockers;
    }

    static List<Blocker> warnings(Trace trace) {
        return trace.problems().stream().filter(ExportReview::isWarning).map(p -> blocker(trace, p)).toList();
    }

    private static boolean isWarning(TraceProblem problem) {
        return problem.kind().name().equals("WEIGHT_DIFFERENCE");
    }

    private static Blocker blocker(Trace trace, TraceProblem problem) {
        var siteName = problem.siteId() == null ? null : trace.origins().stream()
                .filter(o -> o.siteId() == problem.siteId()).map(OriginShare::siteName).findFirst().orElse(null);
        return new Blocker(problem.kind().name(), problem.lotNumber(), problem.siteId(), siteName);
    }

    /** ICGLR mineralOrigin: the origin countries, largest share first, separated by semicolons; 0 if unknown. */
    static String mineralOrigin(Trace trace) {
        var byCountry = new LinkedHashMap<String, BigDecimal>();
        trace.origins().forEach(o -> byCountry.merge(o.country(), o.massKg(), BigDecimal::add));
        var countries = byCountry.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()))
                .map(java.util.Map.Entry::getKey).toList();
        return countries.isEmpty() ? "0" : String.join(";", countries);
    }
}
