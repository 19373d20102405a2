package org.orepass.custody;

import org.orepass.custody.internal.AnomalyRecorder;
import org.orepass.custody.internal.LotOperations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.Organisations;
import org.orepass.shared.Dates;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.RuleChecks;
import org.orepass.shared.Mass;
import org.orepass.shared.NotFoundException;
import org.orepass.site.MineSite;
import org.orepass.site.MineSites;
import org.orepass.site.SiteStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first link of the chain: a lot produced at a mine site, sealed with a tag issued to that site. A tag that
 * is unknown, used, voided or another site's is refused and recorded as an anomaly, since that is how minerals
 * from elsewhere are laundered; so is production from a red site. Production beyond the site's capacity is
 * accepted (estimates are rough) but recorded for the inspectors.
 */
@Service
@Transactional
public class Production {

    private final Lots lots;
    private final Tags tags;
    private final MineSites sites;
    private final Organisations organisations;
    private final AnomalyRecorder anomalies;
    private final LotOperations operations;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TradeBlocks blocks;

    public Production(Lots lots, Tags tags, MineSites sites, Organisations organisations, AnomalyRecorder anomalies,
            LotOperations operations, Clock clock, ApplicationEventPublisher events, TradeBlocks blocks) {
        this.blocks = blocks;
        this.lots = lots;
        this.tags = tags;
        this.sites = sites;
        this.organisations = organisations;
        this.anomalies = anomalies;
        this.operations = operations;
        this.clock = clock;
        this.events = events;
    }

    /** The lot, and whether its month's production went beyond the site's stated capacity. */
    public record Produced(Lot lot, boolean overCapacity) {
    }

    public Produced produce(Actor actor, Long siteId, ProductionDetails details) {
        var site = sites.findById(siteId).orElseThrow(() -> new NotFoundException("MineSite", siteId));
        if (!CustodyAccess.mayProduce(actor, site)) {
            throw new CustodyAccessDenied("record production at site " + site.getIcglrId());
        }
        var today = LocalDate.now(clock);
        var status = site.statusOn(today);
        if (status == SiteStatus.RED) {
            throw new DomainRuleViolation(null, "lot.site.red");
        }
        var grade = validate(site, details, today);
        // Ore dated on a day its site was red never enters the chain (docs/custody.md, "No trade from a red site").
        blocks.requireProducible(site, details.productionDate());
        var tag = usableTag(actor, site, details.tagNumber().strip().toUpperCase(Locale.ROOT));
        var custodian = custodian(actor, site);
        tag.use();
        var number = site.getCountry() + "-" + details.productionDate().getYear() + "-"
                + String.format("%07d", lots.nextNumber());
        var lot = lots.add(Lot.produced(number, custodian, CustodyRole.MINER, site, tag, details, grade,
                status == SiteStatus.BLUE, actor.username(), clock.instant()));
        operations.add(CustodyOperation.production(lot));
        // Revenue assesses the taxes due on it, in this transaction.
        events.publishEvent(new LotProduced(lot.getId()));
        return new Produced(lot, checkCapacity(actor, site, lot));
    }

    /**
     * The checks of the form {@link #produce} makes, without recording anything or touching a tag: a form its own
     * checks refused shows these problems too (issue 16). Refused like {@link #produce} for who may not produce.
     */
    @Transactional(readOnly = true)
    public void check(Actor actor, Long siteId, ProductionDetails details) {
        var site = sites.findById(siteId).orElseThrow(() -> new NotFoundException("MineSite", siteId));
        if (!CustodyAccess.mayProduce(actor, site)) {
            throw new CustodyAccessDenied("record production at site " + site.getIcglrId());
        }
        validate(site, details, LocalDate.now(clock));
    }

    /** The lot's grade, if one was typed, on its mineral's canonical basis; every problem at once (issue 16). */
    private static Grade validate(MineSite site, ProductionDetails details, LocalDate today) {
        var checks = new RuleChecks();
        checks.refuseIf(details.tagNumber() == null || details.tagNumber().isBlank(), "tagNumber",
                "lot.tag.required");
        checks.refuseIf(details.mineral() == null || !site.getMinerals().contains(details.mineral()), "mineral",
                "lot.mineral.not-at-site");
        checks.refuseIf(details.mass() == null || details.mass().signum() <= 0, "mass", "lot.mass.positive");
        // The mass as typed (its column keeps three decimals of the unit) and in kilograms, before any lot or tag
        // is touched: a mass no column holds is the user's typing error, never the database's (issue 15).
        if (!checks.refused("mass")) {
            checks.run(() -> Mass.typed("mass", details.mass(), true));
            if (details.unit() != null && !checks.refused("mass")) {
                checks.run(() -> Mass.typed("mass", details.massKg(), true));
            }
        }
        var grade = checks.refused("mineral") ? null : checks.value(() -> Grade.typed("concentration",
                details.mineral(), details.concentration(), details.gradeBasis()));
        checks.refuseIf(details.productionDate() == null || details.productionDate().isAfter(today),
                "productionDate", "lot.productionDate.future");
        if (!checks.refused("productionDate")) {
            checks.run(() -> Dates.requirePast("productionDate", details.productionDate(), today));
        }
        checks.throwIfAny();
        return grade;
    }

    private Tag usableTag(Actor actor, MineSite site, String number) {
        var found = tags.findByCountryAndNumber(site.getCountry(), number);
        if (found.isEmpty()) {
            anomalies.record(AnomalyKind.UNKNOWN_TAG, number, site.getId(), site.getCountry(), List.of(),
                    actor.username(), "not issued in " + site.getCountry());
            throw new DomainRuleViolation("tagNumber", "lot.tag.unknown", number);
        }
        var tag = found.get();
        var refusal = tag.refusalFor(site);
        if (refusal != null) {
            anomalies.record(refusal, number, site.getId(), site.getCountry(), List.of(), actor.username(),
                    "issued to site " + tag.getSite().getIcglrId() + ", " + tag.getStatus());
            throw new DomainRuleViolation("tagNumber", switch (refusal) {
                case TAG_REUSED -> "lot.tag.used";
                case TAG_VOIDED -> "lot.tag.voided";
                default -> "lot.tag.other-site";
            }, number);
        }
        return tag;
    }

    /** The operator's own organisation; for an inspector recording it, the organisation working the site. */
    private Organisation custodian(Actor actor, MineSite site) {
        if (actor.has(Role.OPERATOR) && site.isOperatedBy(actor.organisationId())) {
            return organisations.findById(actor.organisationId()).orElseThrow();
        }
        if (site.getOwner() != null) {
            return site.getOwner();
        }
        return site.getOperators().stream().findFirst()
                .orElseThrow(() -> new DomainRuleViolation(null, "lot.custodian.none"));
    }

    private boolean checkCapacity(Actor actor, MineSite site, Lot lot) {
        var capacity = site.getCapacityKgPerMonth().get(lot.getMineral());
        if (capacity == null) {
            return false;
        }
        var month = lot.getProductionDate().withDayOfMonth(1);
        var produced = lots.producedKg(site.getId(), lot.getMineral(), month, month.plusMonths(1).minusDays(1));
        if (produced.compareTo(capacity) <= 0) {
            return false;
        }
        anomalies.record(AnomalyKind.OVER_CAPACITY, lot.getTag().getNumber(), site.getId(), site.getCountry(),
                List.of(lot.getId()), actor.username(),
                lot.getMineral() + " " + month.getYear() + "-" + month.getMonthValue() + ": " + produced.toPlainString()
                        + " kg > " + capacity.toPlainString() + " kg/month (lot " + lot.getLotNumber() + ")");
        return true;
    }
}
