package org.orepass.export;

import org.orepass.export.internal.ExportShipments;
import org.orepass.export.internal.ExportTaxSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.custody.CustodyAccessDenied;
import org.orepass.custody.Genealogy;
import org.orepass.custody.OriginatingOperation;
import org.orepass.custody.Trace;
import org.orepass.shared.DomainRuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The government's taxes on a shipment (OECD Annex II: taxes, fees and royalties due to governments are paid;
 * EITI; ICGLR MD.13). The export taxes are assessed when the shipment is submitted (revenue listens to
 * {@link ExportSubmitted}), and in a country that requires it (on unless the country says otherwise) the
 * certificate waits until they are paid together with the royalties of every production lot upstream of the
 * shipment, through any purchase, combination or processing on the way. Every door that issues a certificate
 * (the review page, the ICGLR API) goes through {@link ExportReview#certify}, which asks this class.
 */
@Service
@Transactional
public class ExportTaxClearance {

    private final ShipmentTaxes taxes;
    private final ExportTaxSettings settings;
    private final ExportShipments shipments;
    private final ExportQueries queries;
    private final Genealogy genealogy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean requiredByDefault;

    public ExportTaxClearance(ShipmentTaxes taxes, ExportTaxSettings settings, ExportShipments shipments,
            ExportQueries queries, Genealogy genealogy, ApplicationEventPublisher events, Clock clock,
            @Value("${orepass.export.taxes-paid-before-certificate:true}") boolean requiredByDefault) {
        this.taxes = taxes;
        this.settings = settings;
        this.shipments = shipments;
        this.queries = queries;
        this.genealogy = genealogy;
        this.events = events;
        this.clock = clock;
        this.requiredByDefault = requiredByDefault;
    }

    /** The shipment was submitted: its export taxes are assessed now, in this transaction. */
    void submitted(ExportShipment shipment) {
        events.publishEvent(new ExportSubmitted(shipment.getId()));
    }

    /** Refuses the certificate while a tax of the shipment or of a lot upstream is unpaid, naming each. */
    void requireCleared(ExportShipment shipment, Trace trace) {
        var clearance = of(shipment, trace);
        if (clearance.blocks()) {
            throw new DomainRuleViolation(null, "certificate.taxes.unpaid", unpaidList(clearance.unpaid()));
        }
    }

    /** Where the shipment the actor may see stands with its taxes (the shipment, review and certificate pages). */
    @Transactional(readOnly = true)
    public TaxClearance ofShipment(Actor actor, Long shipmentId) {
        var shipment = queries.visible(actor, shipmentId);
        return of(shipment, genealogy.traceBack(ExportReview.tracedLots(shipment)));
    }

    /** The export lot's clearance, for whoever may see its shipment; empty for any other lot. */
    @Transactional(readOnly = true)
    public java.util.Optional<TaxClearance> ofExportLot(Actor actor, String lotNumber) {
        return shipments.ofExportLot(lotNumber).filter(s -> ExportAccess.maySee(actor, s))
                .map(s -> of(s, genealogy.traceBack(ExportReview.tracedLots(s))));
    }

    TaxClearance of(ExportShipment shipment, Trace trace) {
        var exportIds = new HashSet<Long>();
        if (shipment.getStatus() != ExportStatus.DRAFT) {
            exportIds.add(shipment.getId());
        }
        var productionLots = new ArrayList<Trace.TraceLot>();
        var exportLots = new ArrayList<Long>();
        for (var lot : trace.lots()) {
            if (lot.operation() == OriginatingOperation.PRODUCTION) {
                productionLots.add(lot);
            } else if (lot.operation() == OriginatingOperation.EXPORT) {
                exportLots.add(lot.lotId());
            }
        }
        // A refused shipment's lot shipped again: its export taxes were assessed then and are not assessed again
        // (see revenue's ExportTaxes), so they are this shipment's to clear.
        if (!exportLots.isEmpty()) {
            shipments.ofExportLots(exportLots).stream().filter(s -> s.getStatus() == ExportStatus.REFUSED)
                    .forEach(s -> exportIds.add(s.getId()));
        }
        var found = taxes.of(exportIds, productionLots.stream().map(Trace.TraceLot::lotId).toList());
        var assessed = new HashSet<Long>();
        found.stream().filter(tax -> tax.source() == ShipmentTax.Source.PRODUCTION_LOT)
                .forEach(tax -> assessed.add(tax.sourceId()));
        var never = productionLots.stream().filter(lot -> !assessed.contains(lot.lotId()))
                .map(lot -> new TaxClearance.NeverAssessed(lot.lotId(), lot.lotNumber())).toList();
        return new TaxClearance(required(shipment.getExporter().getCountry()), found, never);
    }

    /** Whether the country makes the taxes a condition of its export certificates. */
    @Transactional(readOnly = true)
    public boolean required(String country) {
        return settings.findById(country).map(ExportTaxSetting::isTaxesPaidBeforeCertificate)
                .orElse(requiredByDefault);
    }

    public boolean requiredByDefault() {
        return requiredByDefault;
    }

    @Transactional(readOnly = true)
    public List<ExportTaxSetting> settings(Actor actor) {
        requireAdmin(actor);
        return settings.findAllByOrderByCountry();
    }

    /** An administrator sets a country's rule (an inspector's jurisdiction is one country; the rule is national). */
    public ExportTaxSetting set(Actor actor, String country, boolean required) {
        requireAdmin(actor);
        var code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        var existing = settings.findById(code);
        if (existing.isPresent()) {
            existing.get().change(required, actor.username(), clock.instant());
            return existing.get();
        }
        return settings.add(ExportTaxSetting.of(code, required, actor.username(), clock.instant()));
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new CustodyAccessDenied("set the export tax rule");
        }
    }

    /**
     * The unpaid taxes as one message argument, each in the reader's language: "Royalty on production lot X:
     * 150.00 USD still owed; …" (nested message codes, resolved by the message source whatever the door).
     */
    static MessageSourceResolvable unpaidList(List<ShipmentTax> unpaid) {
        MessageSourceResolvable list = null;
        for (int i = unpaid.size() - 1; i >= 0; i--) {
            var tax = unpaid.get(i);
            var line = new DefaultMessageSourceResolvable(new String[] {"certificate.taxes.unpaid.line"},
                    new Object[] {resolvable("tax.type." + tax.taxType()),
                            resolvable("tax.source." + tax.source().name()), tax.reference(),
                            tax.outstanding().toPlainString(), tax.currency()});
            list = list == null ? line : new DefaultMessageSourceResolvable(
                    new String[] {"certificate.taxes.unpaid.more"}, new Object[] {line, list});
        }
        return list;
    }

    private static MessageSourceResolvable resolvable(String code) {
        return new DefaultMessageSourceResolvable(code);
    }
}
