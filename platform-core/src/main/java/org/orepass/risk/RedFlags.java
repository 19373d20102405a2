package org.orepass.risk;

import org.orepass.risk.internal.CahraAreas;
import org.orepass.risk.internal.CashPaymentSignals;
import org.orepass.risk.internal.FlagContext;
import org.orepass.risk.internal.IncidentSignals;
import org.orepass.risk.internal.RedFlag;
import org.orepass.risk.internal.RedFlagKind;
import org.orepass.risk.internal.RedFlagQueries;
import org.orepass.risk.internal.TaxSignals;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.orepass.custody.AnomalyKind;
import org.orepass.custody.Genealogy;
import org.orepass.custody.Trace;
import org.orepass.producer.ProducerProgress;
import org.orepass.producer.SeriousRisk;
import org.orepass.site.RedCause;
import org.orepass.site.SiteStatus;
import org.orepass.site.SiteStatusRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the red flags of an assessment's subject each time they are asked for, from the custody graph
 * ({@link Genealogy}), the sites' statuses as of today, recorded custody anomalies and the CAHRA list, so a page
 * never shows a stale flag. Nothing here is stored.
 *
 * <p>Incidents, taxes and cash payments belong to other features: they come through {@link IncidentSignals},
 * {@link TaxSignals} and {@link CashPaymentSignals} when a bean provides them, and count as "no data" otherwise.
 */
@Service
@Transactional(readOnly = true)
public class RedFlags {

    /** The OECD guidance looks at a supplier's sourcing over the last 12 months. */
    static final Period SUPPLIER_LOOKBACK = Period.ofMonths(12);

    /** A supplier's received lots traced one by one (each flag links to its lot); the newest this many. */
    static final int SUPPLIER_LOTS = 200;

    private static final Set<AnomalyKind> TAG_KINDS = EnumSet.of(AnomalyKind.UNKNOWN_TAG, AnomalyKind.TAG_REUSED,
            AnomalyKind.TAG_VOIDED, AnomalyKind.TAG_FROM_OTHER_SITE);

    private final RedFlagQueries queries;
    private final CahraAreas cahra;
    private final Genealogy genealogy;
    private final Clock clock;
    private final ObjectProvider<IncidentSignals> incidents;
    private final ObjectProvider<TaxSignals> taxes;
    private final ObjectProvider<CashPaymentSignals> cash;
    private final ProducerProgress producers;

    public RedFlags(RedFlagQueries queries, CahraAreas cahra, Genealogy genealogy, Clock clock,
            ObjectProvider<IncidentSignals> incidents, ObjectProvider<TaxSignals> taxes,
            ObjectProvider<CashPaymentSignals> cash, ProducerProgress producers) {
        this.producers = producers;
        this.queries = queries;
        this.cahra = cahra;
        this.genealogy = genealogy;
        this.clock = clock;
        this.incidents = incidents;
        this.taxes = taxes;
        this.cash = cash;
    }

    /** The flags of an assessment's subject (the caller checked the actor may see the assessment). */
    public List<RedFlag> of(RiskAssessment assessment) {
        return of(assessment.getAssessingOrgId(), assessment.getSubjectKind(), assessment.getSupplierOrgId(),
                assessment.getSiteId(), assessment.getLotId());
    }

    public List<RedFlag> of(long assessingOrgId, SubjectKind kind, Long supplierOrgId, Long siteId, Long lotId) {
        var flags = new ArrayList<RedFlag>();
        var lotIds = new LinkedHashSet<Long>();
        var siteIds = new LinkedHashSet<Long>();
        switch (kind) {
            case LOT -> {
                lotIds.add(lotId);
                traceFlags(lotId, siteIds, flags);
            }
            case SITE -> siteIds.add(siteId);
            case SUPPLIER -> {
                for (var received : queries.lotsReceivedFrom(assessingOrgId, supplierOrgId, SUPPLIER_LOTS)) {
                    lotIds.add(received);
                    traceFlags(received, siteIds, flags);
                }
                supplierSourcing(supplierOrgId, flags);
            }
        }
        flags.addAll(0, siteFlags(siteIds));
        flags.addAll(transitFlags(lotIds));
        var context = new FlagContext(assessingOrgId, kind, supplierOrgId, siteId, lotId, Set.copyOf(lotIds),
                Set.copyOf(siteIds));
        flags.addAll(incidents.getIfAvailable(() -> IncidentSignals.NONE).flags(context));
        flags.addAll(taxes.getIfAvailable(() -> TaxSignals.NONE).flags(context));
        flags.addAll(cash.getIfAvailable(() -> CashPaymentSignals.NONE).flags(context));
        flags.addAll(producerFindings(siteIds, kind == SubjectKind.SUPPLIER ? supplierOrgId : null));
        return List.copyOf(flags);
    }

    /**
     * Verified serious-risk findings of the producers at the origin sites, or of the supplier itself (issue 22):
     * raised as a verified level-1 incident is, HIGH on its Annex II risk.
     */
    private List<RedFlag> producerFindings(Collection<Long> siteIds, Long supplierOrgId) {
        var seen = new LinkedHashSet<String>();
        var flags = new ArrayList<RedFlag>();
        var findings = new ArrayList<ProducerProgress.Finding>();
        producers.findingsAtSites(siteIds).values().forEach(findings::addAll);
        findings.addAll(producers.findingsOfOrganisation(supplierOrgId));
        for (var finding : findings) {
            if (!seen.add(finding.producerId() + "/" + finding.criterion().getId())) {
                continue;
            }
            var risk = finding.criterion().getSeriousRisk() == SeriousRisk.ARMED_GROUPS
                    ? AnnexIIRisk.NON_STATE_ARMED_GROUPS : AnnexIIRisk.SERIOUS_ABUSES;
            // The detail is the criterion's id: the page names it in the reader's language (its code and the
            // set's text in that language, English where the set has none), never the English the criterion holds.
            flags.add(new RedFlag(RedFlagKind.PRODUCER_FINDING, finding.producerName(),
                    String.valueOf(finding.criterion().getId()),
                    "/producers/" + finding.producerId(), java.util.Map.of(risk, RiskLevel.HIGH)));
        }
        return flags;
    }

    /** Problems of the chain behind one lot, linked to that lot's page (its genealogy section shows them). */
    private void traceFlags(long lotId, Set<Long> siteIds, List<RedFlag> flags) {
        var trace = genealogy.traceBack(List.of(lotId));
        trace.origins().forEach(origin -> siteIds.add(origin.siteId()));
        var number = queries.lotNumber(lotId);
        for (var problem : trace.problems()) {
            var kind = switch (problem.kind()) {
                case VOIDED_TAG -> RedFlagKind.TAG_ANOMALY;
                case WEIGHT_DIFFERENCE -> RedFlagKind.WEIGHT_DIFFERENCE;
                case MASS_BALANCE -> RedFlagKind.MASS_BALANCE;
                case METAL_BALANCE -> RedFlagKind.METAL_BALANCE;
                case UNRECORDED_CROSSING, SUSPECT_IMPORT -> RedFlagKind.UNDOCUMENTED_CROSSING;
                // Red sites and blue (uncertified) origins are flagged once per site below.
                default -> null;
            };
            if (kind != null) {
                flags.add(RedFlag.of(kind, number, problem.lotNumber(), "/lots/" + lotId));
            }
        }
        // One low flag per traced lot, naming the first lot of its chain whose grade is unknown.
        if (!trace.warnings().isEmpty()) {
            flags.add(RedFlag.of(RedFlagKind.MISSING_GRADE, number, trace.warnings().get(0).lotNumber(),
                    "/lots/" + lotId));
        }
    }

    /** Status today, CAHRA and recorded anomalies of each origin site, linked to the site page. */
    private List<RedFlag> siteFlags(Collection<Long> siteIds) {
        var flags = new ArrayList<RedFlag>();
        if (siteIds.isEmpty()) {
            return flags;
        }
        var today = LocalDate.now(clock);
        var areas = cahra.listed();
        var anomalies = queries.anomalies(siteIds);
        for (var site : queries.sites(siteIds)) {
            var link = "/sites/" + site.id();
            for (var area : areas) {
                if (area.covers(site.country(), site.division())) {
                    flags.add(RedFlag.of(RedFlagKind.CAHRA_ORIGIN, site.name(),
                            area.getSource() + " (" + area.getListedOn() + ")", link));
                }
            }
            var status = SiteStatusRules.asOf(site.status(), site.since(), site.correctionDeadline(), today);
            if (status == SiteStatus.RED) {
                flags.add(redSite(site, today, link));
            } else if (status == SiteStatus.BLUE) {
                flags.add(RedFlag.of(RedFlagKind.BLUE_SITE, site.name(), "", link));
            }
            for (var anomaly : anomalies) {
                if (anomaly.siteId() != site.id()) {
                    continue;
                }
                if (anomaly.kind() == AnomalyKind.OVER_CAPACITY) {
                    flags.add(RedFlag.of(RedFlagKind.OVER_CAPACITY, site.name(),
                            anomaly.recordedAt().atZone(ZoneOffset.UTC).toLocalDate().toString(), link));
                } else if (TAG_KINDS.contains(anomaly.kind())) {
                    flags.add(RedFlag.of(RedFlagKind.TAG_ANOMALY, site.name(),
                            anomaly.tagNumber() == null ? "" : anomaly.tagNumber(), link));
                }
            }
        }
        return flags;
    }

    /**
     * A red site is a serious-abuse red flag: HIGH when its red comes from a breached RCM critical criterion (Annex
     * II serious abuses, and armed groups or illegal security forces when the inspection found those), at least
     * MEDIUM when time made it red (a yellow past its deadline, a blue past three years: no assurance, not a
     * finding). The detail is the {@link RedCause}, which the page names.
     */
    static RedFlag redSite(RedFlagQueries.SitePlace site, LocalDate today, String link) {
        var cause = site.redCauseOn(today).orElse(RedCause.CRITICAL_CRITERION);
        if (!cause.critical()) {
            return new RedFlag(RedFlagKind.RED_SITE, site.name(), cause.name(), link, RedFlagKind.RED_SITE.raises());
        }
        var raises = new EnumMap<AnnexIIRisk, RiskLevel>(AnnexIIRisk.class);
        raises.putAll(RedFlagKind.RED_SITE.raises());
        raises.put(AnnexIIRisk.SERIOUS_ABUSES, RiskLevel.HIGH);
        if (site.armedGroups()) {
            raises.put(AnnexIIRisk.NON_STATE_ARMED_GROUPS, RiskLevel.HIGH);
        }
        if (site.securityForces()) {
            raises.put(AnnexIIRisk.SECURITY_FORCES, RiskLevel.HIGH);
        }
        return new RedFlag(RedFlagKind.RED_SITE, site.name(), cause.name(), link, java.util.Map.copyOf(raises));
    }

    /** Transports of the chain through a listed area, linked to the lot moved (its page lists its operations). */
    private List<RedFlag> transitFlags(Collection<Long> lotIds) {
        var flags = new ArrayList<RedFlag>();
        if (lotIds.isEmpty()) {
            return flags;
        }
        var transits = queries.transits(lotIds);
        if (transits.isEmpty()) {
            return flags;
        }
        var areas = cahra.listed();
        for (var transit : transits) {
            var country = transit.division().substring(0, 2);
            for (var area : areas) {
                if (area.covers(country, transit.division())) {
                    flags.add(RedFlag.of(RedFlagKind.CAHRA_TRANSIT, transit.lotNumber(), transit.division() + ", "
                            + area.getSource() + " (" + area.getListedOn() + ")", "/lots/" + transit.lotId()));
                }
            }
        }
        return flags;
    }

    /** The supplier held, in the last 12 months, minerals from a site in a CAHRA or red today. */
    private void supplierSourcing(long supplierOrgId, List<RedFlag> flags) {
        var since = LocalDate.now(clock).minus(SUPPLIER_LOOKBACK).atStartOfDay(ZoneOffset.UTC).toInstant();
        var held = queries.lotsHeldSince(supplierOrgId, since);
        if (held.isEmpty()) {
            return;
        }
        Trace trace = genealogy.traceBack(held);
        var siteIds = trace.origins().stream().map(Trace.OriginShare::siteId).toList();
        var areas = cahra.listed();
        var supplier = queries.organisationName(supplierOrgId);
        for (var site : queries.sites(siteIds)) {
            var status = SiteStatusRules.asOf(site.status(), site.since(), site.correctionDeadline(),
                    LocalDate.now(clock));
            var inCahra = areas.stream().anyMatch(area -> area.covers(site.country(), site.division()));
            if (inCahra || status == SiteStatus.RED) {
                flags.add(RedFlag.of(RedFlagKind.SUPPLIER_RED_FLAG_SOURCING, supplier, site.name(),
                        "/sites/" + site.id()));
            }
        }
    }
}
