package org.orepass.provenance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.custody.CustodyAccess;
import org.orepass.custody.Genealogy;
import org.orepass.custody.Lots;
import org.orepass.custody.Trace;
import org.orepass.custody.TradeBlocks;
import org.orepass.export.ExportAccess;
import org.orepass.export.ExportQueries;
import org.orepass.export.ExportReview;
import org.orepass.ledger.Ledger;
import org.orepass.provenance.Passport.Origin;
import org.orepass.provenance.Passport.Route;
import org.orepass.provenance.Passport.State;
import org.orepass.provenance.internal.PassportSnapshots;
import org.orepass.provenance.internal.VerificationCodes;
import org.orepass.provenance.internal.VerificationCodes.ShipmentFacts;
import org.orepass.provenance.internal.VerificationCodes.TagFacts;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.JobLocks;
import org.orepass.shared.NotFoundException;
import org.orepass.site.MineSites;
import org.orepass.site.SiteAccess;
import org.orepass.site.Mineral;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lot passports (issue 18, docs/provenance.md): what a verification code shows to anyone who has it, computed when
 * asked from the custody genealogy ({@link Genealogy#traceBack}), the trade blocks and the sites' status histories,
 * so a site that turned red after the certificate was issued shows on the passport at once.
 */
@Service
@Transactional(readOnly = true)
public class Passports {

    private final VerificationCodes codes;
    private final Genealogy genealogy;
    private final TradeBlocks blocks;
    private final MineSites sites;
    private final Lots lots;
    private final ExportQueries exports;
    private final Clock clock;
    private final org.orepass.downstream.DownstreamReceipts receipts;
    private final Ledger ledger;
    private final PassportSnapshots snapshots;
    private final ExportReview review;
    private final JobLocks locks;

    static final String PRUNE_JOB = "passport-prune";

    public Passports(VerificationCodes codes, Genealogy genealogy, TradeBlocks blocks, MineSites sites,
            Lots lots, ExportQueries exports, Clock clock, org.orepass.downstream.DownstreamReceipts receipts,
            Ledger ledger, PassportSnapshots snapshots, ExportReview review, JobLocks locks) {
        this.locks = locks;
        this.snapshots = snapshots;
        this.review = review;
        this.receipts = receipts;
        this.ledger = ledger;
        this.codes = codes;
        this.genealogy = genealogy;
        this.blocks = blocks;
        this.sites = sites;
        this.lots = lots;
        this.exports = exports;
        this.clock = clock;
    }

    /** What a looked-up code answers: the passport, a withdrawn code, or nothing known by that code. */
    public record Verification(Passport passport, boolean revoked) {

        public boolean found() {
            return passport != null;
        }
    }

    /**
     * A code as typed or scanned: spaces and hyphens dropped, any case. Returns null for anything that cannot be a
     * code (so a typed URL or a stray character never reaches the database as a query).
     */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        var code = typed.strip().replace(" ", "").replace("-", "").toLowerCase(Locale.ROOT);
        return code.matches("[0-9a-f]{24}") ? code : null;
    }

    /** A code grouped by four for reading aloud and typing: {@code 3f9a-c2d1-...}. */
    public static String grouped(String code) {
        var out = new StringBuilder();
        for (int i = 0; i < code.length(); i += 4) {
            if (i > 0) {
                out.append('-');
            }
            out.append(code, i, Math.min(code.length(), i + 4));
        }
        return out.toString();
    }

    /**
     * The passport behind a code, for anyone. {@code withIcglrIds}: the reader holds an API token and gets the sites'
     * ICGLR identifiers. A draft shipment (not yet submitted) answers as unknown: an exporter's plans are its own.
     */
    public Verification verify(String typed, boolean withIcglrIds) {
        return verify(typed, withIcglrIds, false);
    }

    /**
     * The same passport computed from scratch, neither read from nor kept as a kept passport: what a kept one must
     * equal (PassportSnapshotIntegrationTest).
     */
    public Verification verifyAfresh(String typed, boolean withIcglrIds) {
        return verify(typed, withIcglrIds, true);
    }

    private Verification verify(String typed, boolean withIcglrIds, boolean afresh) {
        var code = normalise(typed);
        if (code == null) {
            return new Verification(null, false);
        }
        var subject = codes.find(code).orElse(null);
        if (subject == null) {
            return new Verification(null, false);
        }
        if (subject.revoked()) {
            return new Verification(null, true);
        }
        var passport = subject.kind() == SubjectKind.TAG
                ? codes.tag(subject.id()).map(tag -> ofTag(code, tag, withIcglrIds, afresh))
                : codes.shipment(subject.kind(), subject.id()).filter(s -> !"DRAFT".equals(s.status()))
                        .map(s -> ofShipment(code, subject.kind(), s, withIcglrIds, afresh));
        return new Verification(passport.orElse(null), false);
    }

    private Passport ofShipment(String code, SubjectKind kind, ShipmentFacts s, boolean withIcglrIds,
            boolean afresh) {
        var today = LocalDate.now(clock);
        State state;
        if ("REFUSED".equals(s.status())) {
            state = State.REFUSED;
        } else if (s.certificateNumber() == null) {
            state = State.AWAITING_CERTIFICATE;
        } else {
            state = today.isAfter(s.expiresOn()) ? State.EXPIRED : State.VALID;
        }
        var route = new Route(s.transportMode(), s.route() == null ? List.of()
                : Arrays.stream(s.route().split("[;,]")).map(String::strip).filter(c -> !c.isEmpty()).toList(),
                s.borderPost(), s.destinationCountry(), s.shipmentDate());
        var stable = s.exportLotId() == null ? null : stable(code, List.of(s.exportLotId()), s.shipmentId(), afresh);
        return new Passport(code, kind, state, Mineral.valueOf(s.mineral()), s.massKg(), s.grade(),
                s.certificateNumber(), s.issuingCountry(), s.issuedOn(), s.expiresOn(), route, null, null, null,
                origins(stable, withIcglrIds), stable == null ? List.of() : stable.imported(),
                stable != null && stable.blocked(), today, receipt(s.shipmentId()), integrity(stable, s.shipmentId()));
    }

    /** The confirmed downstream receipt of the shipment, if any (issue 18: the chain is closed). */
    private Passport.Receipt receipt(long shipmentId) {
        return receipts.closedChain(shipmentId).map(r -> new Passport.Receipt(r.receiverName(), r.receiverCountry(),
                r.receiverType(), r.smelterId(), r.auditStatus(), r.auditDate(), r.receivedOn(), r.receivedKg()))
                .orElse(null);
    }

    /**
     * The ledger's check of the chain's lots and of the shipment (issue 18, tamper evidence): the check and the
     * records as kept (computed again as soon as a row of the chain changes), the latest signed head read now.
     */
    private Passport.Integrity integrity(PassportSnapshots.Stable stable, Long shipmentId) {
        if ((stable == null || stable.lotIds().isEmpty()) && shipmentId == null) {
            return null; // a tag not yet on a lot: no custody event to check
        }
        var check = stable == null ? null : stable.check();
        var records = stable == null ? null : stable.records();
        if (stable == null) { // a shipment without its export lot: its own records only, read now
            var proof = ledger.proofOf(List.of(), shipmentId);
            check = proof.records().isEmpty() ? Passport.Integrity.Check.PENDING
                    : proof.intact() ? Passport.Integrity.Check.INTACT : Passport.Integrity.Check.FAILED;
            records = links(proof);
        }
        var heads = ledger.heads(1);
        var head = heads.isEmpty() ? null : heads.get(0);
        return new Passport.Integrity(check, records, head == null ? null : new Passport.Integrity.Head(
                head.position(), head.recordHash(), head.publishedAt(), head.keyId(), head.jws()));
    }

    /** The origins as kept, without the ICGLR ids unless the reader holds an API token. */
    private static List<Origin> origins(PassportSnapshots.Stable stable, boolean withIcglrIds) {
        if (stable == null) {
            return List.of();
        }
        return withIcglrIds ? stable.origins() : stable.origins().stream().map(o -> new Origin(o.siteName(),
                o.country(), o.district(), o.share(), o.statusThen(), o.statusToday(), null)).toList();
    }

    /**
     * The stable part of a code's passport: kept when still fresh ({@link PassportSnapshots#fresh}: computed today
     * and nothing under it changed), else computed now from the genealogy, the trade blocks and the ledger, and kept.
     */
    private PassportSnapshots.Stable stable(String code, List<Long> lotIds, Long shipmentId, boolean afresh) {
        if (afresh) {
            return compute(lotIds, shipmentId);
        }
        var today = LocalDate.now(clock);
        var kept = snapshots.fresh(code, today);
        if (kept.isPresent()) {
            return kept.get();
        }
        var marks = snapshots.marks();
        var stable = compute(lotIds, shipmentId);
        snapshots.keep(code, today, marks, shipmentId, stable);
        return stable;
    }

    /** The stable part computed from scratch. */
    private PassportSnapshots.Stable compute(List<Long> lotIds, Long shipmentId) {
        var chain = chain(lotIds);
        var proof = ledger.proofOf(chain.lotIds(), shipmentId);
        var check = proof.records().isEmpty() ? Passport.Integrity.Check.PENDING
                : proof.intact() ? Passport.Integrity.Check.INTACT : Passport.Integrity.Check.FAILED;
        return new PassportSnapshots.Stable(chain.origins(), chain.imported(), chain.blocked(), chain.lotIds(),
                chain.siteIds(), check, links(proof));
    }

    private static List<Passport.Integrity.Link> links(Ledger.Proof proof) {
        return proof.records().stream().map(r -> new Passport.Integrity.Link(r.position(), r.source(),
                r.sourceId(), r.contentHash(), r.prevHash(), r.recordHash())).toList();
    }

    private Passport ofTag(String code, TagFacts tag, boolean withIcglrIds, boolean afresh) {
        var today = LocalDate.now(clock);
        var state = "VOIDED".equals(tag.status()) ? State.TAG_VOIDED
                : tag.lotId() == null ? State.TAG_NOT_USED : State.TAG_ON_LOT;
        var stable = tag.lotId() == null ? null : stable(code, List.of(tag.lotId()), null, afresh);
        return new Passport(code, SubjectKind.TAG, state, tag.mineral() == null ? null : Mineral.valueOf(tag.mineral()),
                tag.massKg(), tag.grade(), null, null, null, null, null, tag.number(), tag.country(),
                tag.productionDate(), origins(stable, withIcglrIds), stable == null ? List.of() : stable.imported(),
                stable != null && stable.blocked(), today, null, integrity(stable, null));
    }

    private record Chain(List<Origin> origins, List<Passport.ImportedOrigin> imported, boolean blocked,
            List<Long> lotIds, List<Long> siteIds) {
    }

    /**
     * Origins, imports and blocks of the lots: one genealogy walk, and one walk of the origins that gives the trade
     * blocks, every site's colour when mined and the sites themselves together ({@link TradeBlocks#read}: one query
     * for all the sites' histories, not one per site, and the sites loaded once).
     */
    private Chain chain(List<Long> lotIds) {
        var trace = genealogy.traceBack(lotIds);
        var reading = blocks.read(lotIds);
        var blocked = !trace.clean() || !reading.blocks().isEmpty();
        var siteById = reading.sites();
        var origins = new ArrayList<Origin>();
        for (var share : trace.origins()) {
            var site = siteById.get(share.siteId());
            var then = site == null ? null : reading.worstWhenMined().get(share.siteId());
            origins.add(new Origin(share.siteName(), share.country(), site == null ? null : site.getDivision(),
                    share.share(), then, share.statusToday(),
                    site != null && site.getIcglrId() != null ? site.getIcglrId().toString() : null));
        }
        var imported = trace.imported().stream()
                .map(origin -> new Passport.ImportedOrigin(origin.country(), origin.share())).toList();
        return new Chain(List.copyOf(origins), imported, blocked,
                trace.lots().stream().map(Trace.TraceLot::lotId).toList(),
                trace.origins().stream().map(Trace.OriginShare::siteId).distinct().sorted().toList());
    }

    /**
     * Once a day (one node): passports kept before yesterday are stale anyway (a kept passport serves its own day),
     * and custody touches older than two days can no longer make a kept passport stale; both are deleted, so
     * {@code custody_touch} does not grow without end. The number of touches deleted.
     */
    @Scheduled(cron = "${orepass.provenance.prune-cron:0 45 0 * * *}", zone = "UTC")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void pruneDaily() {
        locks.runAlone(PRUNE_JOB, this::prune);
    }

    /** What {@link #pruneDaily} deletes, now; the number of custody touches deleted. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int prune() {
        var today = LocalDate.now(clock);
        return snapshots.prune(today.minusDays(1), clock.instant().minus(java.time.Duration.ofDays(2)));
    }

    /** The code behind a lot page's QR: an export lot's shipment, else a production lot's tag; for its viewers. */
    public Optional<String> codeOfLot(Actor actor, long lotId) {
        var lot = lots.findById(lotId).filter(found -> CustodyAccess.maySee(actor, found))
                .orElseThrow(() -> new NotFoundException("Lot", lotId));
        var shipment = exports.shipmentOfExportLot(actor, lot.getLotNumber());
        if (shipment.isPresent()) {
            return codes.codeOf(SubjectKind.SHIPMENT, shipment.get().id());
        }
        return lot.getTag() == null ? Optional.empty() : codes.codeOf(SubjectKind.TAG, lot.getTag().getId());
    }

    /** A shipment's code, or its certificate's, for whoever may see the shipment. */
    public Optional<String> codeOfShipment(Actor actor, long shipmentId, boolean certificate) {
        var shipment = exports.shipment(actor, shipmentId); // refuses (404) who may not see it
        if (!certificate) {
            return codes.codeOf(SubjectKind.SHIPMENT, shipment.id());
        }
        return codes.certificateCodeOfShipment(shipmentId);
    }

    /**
     * A tag's code, for those who read the site's tags: the same check as the tags page
     * ({@code CustodyQueries.tagsOf}: a site they may see, a role that reads tags), whatever the route rules say.
     */
    public Optional<String> codeOfTag(Actor actor, long siteId, long tagId) {
        var site = sites.findById(siteId).filter(found -> SiteAccess.maySee(actor, found))
                .orElseThrow(() -> new NotFoundException("MineSite", siteId));
        if (!CustodyAccess.mayReadAnomalies(actor)) {
            throw new NotFoundException("MineSite", site.getId());
        }
        return codes.tag(tagId).filter(tag -> tag.siteId() == siteId)
                .flatMap(tag -> codes.codeOf(SubjectKind.TAG, tagId));
    }

    /**
     * Withdraws a verification code (a certificate's: the certificate is withdrawn; its passport then answers
     * "withdrawn"). An administrator, or an inspector of the country that issued the certificate (a tag: the tag's
     * country). Refused by the field: a code that is none or unknown, already withdrawn, or not the inspector's.
     * Audited; the custody ledger records the withdrawal (V83's trigger).
     */
    @Transactional
    public SubjectKind withdraw(Actor actor, String typed) {
        if (!actor.has(Role.ADMIN) && !actor.has(Role.INSPECTOR)) {
            throw new NotFoundException("VerificationCode", typed);
        }
        var code = normalise(typed);
        var subject = code == null ? null : codes.find(code).orElse(null);
        if (subject == null) {
            throw new DomainRuleViolation("code", "provenance.withdraw.unknown");
        }
        if (subject.revoked()) {
            throw new DomainRuleViolation("code", "provenance.withdraw.already");
        }
        var country = subject.kind() == SubjectKind.TAG ? codes.tag(subject.id()).map(TagFacts::country).orElse(null)
                : codes.shipment(subject.kind(), subject.id()).map(ShipmentFacts::issuingCountry).orElse(null);
        if (!ExportAccess.mayWithdrawCertificate(actor, country)) {
            throw new DomainRuleViolation("code", "provenance.withdraw.notYours");
        }
        if (!codes.revoke(code, actor.username())) {
            throw new DomainRuleViolation("code", "provenance.withdraw.already");
        }
        if (subject.kind() == SubjectKind.CERTIFICATE) { // the certificate itself is withdrawn (export's state)
            codes.shipment(subject.kind(), subject.id())
                    .ifPresent(shipment -> review.markWithdrawn(actor, shipment.shipmentId()));
        }
        return subject.kind();
    }
}
