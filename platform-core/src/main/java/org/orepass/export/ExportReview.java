package org.orepass.export;

import org.orepass.export.internal.CertificateSerials;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.orepass.account.Actor;
import org.orepass.custody.CustodyAccessDenied;
import org.orepass.custody.Genealogy;
import org.orepass.custody.Trace;
import org.orepass.custody.TradeBlocks;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.Versioned;
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
    private final ExportHolds holds;
    private final ApplicationEventPublisher events;
    private final ExportTaxClearance taxClearance;
    private final Clock clock;
    private final TradeBlocks blocks;
    private final org.orepass.custody.LotImports imports;

    public ExportReview(ExportQueries queries, ExportCertificates certificates, CertificateSerials serials,
            Genealogy genealogy, ExportHolds holds, ApplicationEventPublisher events, ExportTaxClearance taxClearance,
            Clock clock, TradeBlocks blocks, org.orepass.custody.LotImports imports) {
        this.blocks = blocks;
        this.imports = imports;
        this.queries = queries;
        this.certificates = certificates;
        this.serials = serials;
        this.genealogy = genealogy;
        this.holds = holds;
        this.events = events;
        this.taxClearance = taxClearance;
        this.clock = clock;
    }

    /**
     * The review page: the shipment, its custody trace (origin sites with status and share, the lots on the way)
     * and what in the trace stops the certificate; {@code mayDecide} for an inspector of the exporter's country.
     */
    public record ReviewView(ExportQueries.ShipmentView shipment, Trace trace, List<Long> heldLots,
            boolean mayDecide, LocalDate today) {

        /** The held lots' numbers (they are in the trace), for the page. */
        public List<Trace.TraceLot> held() {
            return trace.lots().stream().filter(lot -> heldLots.contains(lot.lotId())).toList();
        }

        /** A clean trace and no lot held by a site under review. */
        public boolean certifiable() {
            return trace.clean() && heldLots.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public ReviewView review(Actor actor, Long id) {
        var shipment = queries.visible(actor, id);
        if (!ExportAccess.mayReview(actor, shipment) && !ExportAccess.readsAll(actor)) {
            throw new CustodyAccessDenied("review export shipment " + id);
        }
        var trace = trace(shipment);
        return new ReviewView(queries.view(actor, shipment), trace, holds.held(tracedLots(shipment)), ExportAccess.mayReview(actor, shipment) && shipment.getStatus() == ExportStatus.SUBMITTED,
                LocalDate.now(clock));
    }

    public ExportCertificate certify(Actor actor, Long id, long version, CertificateDetails details) {
        var shipment = reviewable(actor, id, version);
        var trace = trace(shipment);
        // Every problem blocks: a red site today, a voided tag, an uncertified (blue-site) lot, a weight
        // difference or broken mass balance on the way, an origin that is not known.
        if (!trace.clean()) {
            throw new DomainRuleViolation(null, "certificate.blocked");
        }
        // A verified serious incident at an origin site holds the lots until an inspector clears the review.
        if (!holds.held(tracedLots(shipment)).isEmpty()) {
            throw new DomainRuleViolation(null, "certificate.held");
        }
        // No trade from a red site (docs/custody.md): a lot red on its production day, or from a site red today
        // for a critical criterion, is named with its site and reason.
        blocks.requireTradable(null, tracedLots(shipment));
        // The export taxes and the royalties of every production lot upstream are paid (where the country says so).
        taxClearance.requireCleared(shipment, trace);
        var today = LocalDate.now(clock);
        var country = shipment.getExporter().getCountry();
        // Inside this transaction: a certificate refused below gives its number back (the upsert rolls back).
        var serial = country + "-" + today.getYear() + "-" + String.format("%05d", serials.next(country,
                today.getYear()));
        var certificate = ExportCertificate.issue(shipment, serial, details, mineralOrigin(trace), today,
                actor.username(), clock.instant());
        // A re-export cites the certificates its foreign material came in with (issue 14, docs/borders.md); the
        // trace above already refused any foreign material that crossed without one.
        certificate.citeOrigin(originCertificates(trace, country));
        certificate = certificates.add(certificate);
        shipment.certified(actor.username(), clock.instant());
        events.publishEvent(new ExportCertified(shipment.getId()));
        return certificate;
    }

    /**
     * The certificates the imports in the trace crossed with, when material of another origin than the issuing
     * country is in it: {@code UG:UG-2026-00012;CO:DEX-0042}, or null for a certificate of domestic material only.
     */
    private String originCertificates(Trace trace, String issuingCountry) {
        if (trace.countries().stream().allMatch(c -> c.country().equals(issuingCountry))) {
            return null;
        }
        var importLots = trace.lots().stream()
                .filter(lot -> lot.operation() == org.orepass.custody.OriginatingOperation.IMPORT)
                .map(Trace.TraceLot::lotId).toList();
        var cited = imports.ofLots(importLots).stream().map(org.orepass.custody.LotImport::citation).distinct()
                .sorted().toList();
        return cited.isEmpty() ? null : String.join(";", cited);
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
        return genealogy.traceBack(tracedLots(shipment));
    }

    static List<Long> tracedLots(ExportShipment shipment) {
        return shipment.getExportLot() != null ? List.of(shipment.getExportLot().getId())
                : shipment.getLots().stream().map(line -> line.getLot().getId()).toList();
    }

    /**
     * ICGLR mineralOrigin: the origin countries, largest share first, separated by semicolons; 0 if unknown. Imports
     * from outside the platform count with the origin their document states (issue 14).
     */
    static String mineralOrigin(Trace trace) {
        var byCountry = new LinkedHashMap<String, BigDecimal>();
        trace.origins().forEach(o -> byCountry.merge(o.country(), o.massKg(), BigDecimal::add));
        trace.imported().forEach(o -> byCountry.merge(o.country(), o.massKg(), BigDecimal::add));
        var countries = byCountry.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()))
                .map(java.util.Map.Entry::getKey).toList();
        return countries.isEmpty() ? "0" : String.join(";", countries);
    }

    /**
     * The shipment's certificate withdrawn, as its verification code is (issue 18; called by the provenance feature,
     * which withdraws the code in the same transaction). {@link ExportAccess#mayWithdrawCertificate}; audited (the
     * entity's change is in the audit trail).
     */
    public ExportCertificate markWithdrawn(Actor actor, long shipmentId) {
        var certificate = certificates.ofShipment(shipmentId)
                .orElseThrow(() -> new NotFoundException("ExportCertificate", shipmentId));
        if (!ExportAccess.mayWithdrawCertificate(actor, certificate.getIssuingCountry())) {
            throw new DomainRuleViolation("code", "provenance.withdraw.notYours");
        }
        certificate.withdraw(actor.username(), clock.instant());
        return certificate;
    }
}
