package org.orepass.custody;

import org.orepass.custody.internal.ExchangedLots;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.orepass.account.Actor;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;
import org.orepass.site.MineSites;
import org.orepass.site.SiteAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ICGLR lot interchange: lots read and recorded as the standard exchanges them, with the pages' rules. A
 * caller sees the lots the lot pages show it ({@link CustodyAccess}); a production lot goes through the same
 * {@link Production} use case as the form (tag rules, red sites, anomalies, capacity).
 */
@Service
@Transactional(readOnly = true)
public class LotInterchange {

    private final ExchangedLots exchanged;
    private final Production production;
    private final MineSites sites;
    private final Clock clock;
    private final TradeBlocks blocks;

    public LotInterchange(ExchangedLots exchanged, Production production, MineSites sites, Clock clock,
            TradeBlocks blocks) {
        this.blocks = blocks;
        this.exchanged = exchanged;
        this.production = production;
        this.sites = sites;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ResultPage<ExchangedLot> page(Actor actor, LotSearch search, PageQuery page) {
        if (CustodyAccess.seesAllLots(actor)) {
            return exchanged.page(search, null, page);
        }
        if (actor.organisationId() == null) {
            return new ResultPage<>(List.of(), page.page(), page.size(), 0);
        }
        return exchanged.page(search, actor.organisationId(), page);
    }

    /** The lot, if the caller may see it; a lot one may not see does not exist for them. */
    public Optional<ExchangedLot> lot(Actor actor, String lotNumber) {
        return exchanged.byNumber(lotNumber).filter(lot -> CustodyAccess.seesAllLots(actor)
                || (actor.organisationId() != null && actor.organisationId().equals(lot.creator().id())));
    }

    /**
     * A document that names input lots (a combination, processing, purchase or export lot) asks to move them: no
     * lot from a red site moves (docs/custody.md), whatever the operation, so the refusal names the lot, the site
     * and the reason before anything else is said about the document. Lots the caller may not see are left to the
     * refusals that follow (their existence is not for everyone).
     */
    public void requireTradableInputs(Actor actor, List<String> inputLotNumbers) {
        var ids = inputLotNumbers.stream().distinct().map(number -> lot(actor, number)).flatMap(Optional::stream)
                .map(ExchangedLot::id).toList();
        blocks.requireTradable("inputLot", ids);
    }

    /**
     * Records a production lot sent as an MD.12 document.
     *
     * @param siteIcglrId the document's {@code mineSiteId}
     * @param creatorId the organisation the document names as creator, or null to let the platform choose it as
     *        the form does (the operator's organisation, or the site's owner)
     */
    @Transactional
    public Production.Produced produce(Actor actor, String siteIcglrId, Long creatorId, ProductionDetails details) {
        // A site the caller may not see is reported like an unknown one: its existence is not for everyone.
        var site = org.orepass.site.IcglrId.parse(siteIcglrId).flatMap(sites::findByIcglrId)
                .filter(s -> SiteAccess.maySee(actor, s))
                .orElseThrow(() -> new DomainRuleViolation("mineSiteId", "icglr.lot.site.unknown", siteIcglrId));
        var produced = production.produce(actor, site.getId(), details);
        var lot = produced.lot();
        // Checked after the use case so that its rules (and the anomalies they record) come first; a refusal
        // here rolls the lot back and the tag stays unused.
        if (creatorId != null && !creatorId.equals(lot.getCustodian().getId())) {
            throw new DomainRuleViolation("creator", "icglr.lot.creator.other", lot.getCustodian().getName());
        }
        // A holder or tag issuer without complete contact details no longer stops the lot (issue 17): it is
        // served without them, and its document says so (ExchangedLot.servedWithout).
        return produced;
    }
}
