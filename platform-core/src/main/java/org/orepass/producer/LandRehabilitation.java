package org.orepass.producer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.orepass.account.Actor;
import org.orepass.attachment.UploadedFile;
import org.orepass.producer.internal.RehabilitationFile;
import org.orepass.producer.internal.Rehabilitations;
import org.orepass.shared.Dates;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.RuleChecks;
import org.orepass.site.MineSite;
import org.orepass.site.MineSites;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Land rehabilitation commitments and their progress (issue 22, docs/producers.md "Land rehabilitation"). Who may
 * do what is the producer's rule ({@link Producers}): its managers (its operators, a monitor of its supporting CSO,
 * an administrator) commit and record progress; its verifiers (an inspector of its place, a monitor of an
 * accredited CSO, never someone of the producer or its CSO) give verdicts; whoever may see the producer reads.
 * Entities are audited by the persistence layer.
 *
 * <p>Which progress counts: a record counts when at least one verifier agrees and none (each verifier's newest
 * verdict) disagrees or still asks for evidence, as for a self-assessed answer ({@link VerifiedLevels}); the newest
 * counting record (by day measured, then entry) is the area rehabilitated to date.
 */
@Service
@Transactional
public class LandRehabilitation {

    /** A commitment with what its site's progress shows: the newest verified record and the newest record. */
    public record Standing(RehabilitationCommitment commitment, String siteName, RehabilitationRecord verified,
            RehabilitationRecord latest) {

        /** The area rehabilitated to date that a verifier agreed to; zero before any. */
        public Hectares verifiedHa() {
            return verified == null ? Hectares.ZERO : verified.getRehabilitatedHa();
        }

        /** The verified area as a whole percentage of the commitment (0 to 100). */
        public int verifiedPercent() {
            return Math.min(100, verifiedHa().percentOf(commitment.getAreaHa()));
        }

        /** A newer record than the verified one waits for a verifier. */
        public boolean awaitingVerification() {
            return latest != null && (verified == null || !latest.getId().equals(verified.getId()));
        }
    }

    /** One progress record with its files, verdicts and whether it counts. */
    public record RecordView(RehabilitationRecord record, List<RehabilitationFile> files,
            List<RehabilitationVerification> verifications, boolean counts) {
    }

    private final Producers producers;
    private final Rehabilitations rehabilitations;
    private final MineSites sites;
    private final Clock clock;
    private final long maxBytes;

    public LandRehabilitation(Producers producers, Rehabilitations rehabilitations, MineSites sites, Clock clock,
            @Value("${orepass.attachments.max-bytes:10485760}") long maxBytes) {
        this.producers = producers;
        this.rehabilitations = rehabilitations;
        this.sites = sites;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    // ---- writes

    /** A manager of the producer commits to rehabilitate land at one of its sites. */
    public RehabilitationCommitment commit(Actor actor, Long producerId, RehabilitationDetails details) {
        var profile = producers.managed(actor, producerId);
        var own = new HashSet<Long>();
        producers.sitesOf(profile).forEach(s -> own.add(s.getId()));
        var checks = new RuleChecks();
        checks.refuseIf(details.siteId() == null || !own.contains(details.siteId()), "siteId",
                "producer.site.invalid");
        var area = checks.value(() -> Hectares.typed("areaHa", details.areaHa(), true));
        // A value no checkbox sends (empty, control characters) binds to no work at all.
        var works = details.works() == null ? List.<RehabilitationWork>of()
                : details.works().stream().filter(java.util.Objects::nonNull).distinct().toList();
        checks.refuseIf(works.isEmpty(), "works", "producer.rehabilitation.works.required");
        var description = checks.value(() -> PlanAction.text("description", details.description(), 500));
        checks.refuseIf(details.source() == null, "source", "producer.rehabilitation.source.required");
        var reference = checks.value(() -> optional("sourceReference", details.sourceReference(), 200));
        checks.refuseIf(details.dueOn() == null, "dueOn", "producer.date.required");
        checks.run(() -> Dates.require("dueOn", details.dueOn(), Producers.EARLIEST, Dates.FAR_FUTURE));
        checks.throwIfAny();
        return rehabilitations.add(new RehabilitationCommitment(profile.getId(), details.siteId(), area,
                works, description, details.source(), reference, details.dueOn(),
                actor.username(), clock.instant()));
    }

    /**
     * A manager records the area rehabilitated to date, measured on a day, with a note and a file (photo, survey)
     * when there is one. Everything is checked before anything is stored.
     */
    public RehabilitationRecord recordProgress(Actor actor, Long producerId, Long commitmentId, LocalDate measuredOn,
            BigDecimal rehabilitatedHa, String note, String fileName, byte[] content) {
        var profile = producers.managed(actor, producerId);
        var commitment = commitmentOf(profile, commitmentId);
        var today = LocalDate.now(clock);
        var checks = new RuleChecks();
        checks.refuseIf(measuredOn == null, "measuredOn", "producer.date.required");
        checks.run(() -> Dates.require("measuredOn", measuredOn, Producers.EARLIEST, today));
        var area = checks.value(() -> Hectares.typed("rehabilitatedHa", rehabilitatedHa, false));
        checks.refuseIf(area != null && area.compareTo(commitment.getAreaHa()) > 0, "rehabilitatedHa",
                "producer.rehabilitation.over-commitment", commitment.getAreaHa().toString());
        var text = checks.value(() -> optional("note", note, 1000));
        var file = content == null || content.length == 0 ? null
                : checks.value(() -> UploadedFile.check(fileName, content, maxBytes, "producer"));
        checks.throwIfAny();
        var record = rehabilitations.add(new RehabilitationRecord(commitment.getId(), measuredOn, area, text,
                actor.username(), clock.instant()));
        if (file != null) {
            rehabilitations.add(new RehabilitationEvidence(record.getId(), file, actor.username(), clock.instant()));
        }
        return record;
    }

    /** A file checked as every upload is, before anything else is stored (for a form that also has other errors). */
    public void checkFile(String fileName, byte[] content) {
        if (content != null && content.length > 0) {
            UploadedFile.check(fileName, content, maxBytes, "producer");
        }
    }

    /** A verifier's verdict on a progress record: agree, disagree or ask for evidence (with a reason). */
    public RehabilitationVerification verify(Actor actor, Long producerId, Long recordId, Verdict verdict,
            String reason) {
        var profile = producers.visible(actor, producerId);
        if (!producers.mayVerify(actor, profile)) {
            throw new ProducerAccessDenied("verify rehabilitation of producer " + producerId);
        }
        recordOf(profile, recordId);
        if (verdict == null) {
            throw new DomainRuleViolation("verdict", "producer.verdict.required");
        }
        var text = reason == null ? "" : reason.strip();
        if (verdict != Verdict.AGREE && text.isEmpty()) {
            throw new DomainRuleViolation("reason", "producer.verdict.reason-required");
        }
        if (text.length() > 1000) {
            throw new DomainRuleViolation("reason", "producer.field.too-long", 1000);
        }
        return rehabilitations.add(new RehabilitationVerification(recordId, verdict, text.isEmpty() ? null : text,
                actor.username(), actor.organisationId(), clock.instant()));
    }

    private static String optional(String field, String value, int max) {
        var stripped = value == null ? "" : value.strip();
        if (stripped.length() > max) {
            throw new DomainRuleViolation(field, "producer.field.too-long", max);
        }
        return stripped.isEmpty() ? null : stripped;
    }

    // ---- reads (the actor may see the producer)

    /** A commitment of a producer the actor may see, or not found. */
    @Transactional(readOnly = true)
    public RehabilitationCommitment commitment(Actor actor, Long producerId, Long commitmentId) {
        return commitmentOf(producers.visible(actor, producerId), commitmentId);
    }

    /** A file of a progress record of a producer the actor may see, or not found. */
    @Transactional(readOnly = true)
    public RehabilitationEvidence evidence(Actor actor, Long producerId, Long fileId) {
        var profile = producers.visible(actor, producerId);
        var file = rehabilitations.evidence(fileId)
                .orElseThrow(() -> new NotFoundException("RehabilitationEvidence", fileId));
        recordOf(profile, file.getProgressId());
        return file;
    }

    /** Each commitment of the producer (by site) with its verified and newest progress. */
    @Transactional(readOnly = true)
    public List<Standing> standings(ProducerProfile profile) {
        return standings(List.of(profile.getId())).getOrDefault(profile.getId(), List.of());
    }

    /**
     * Each commitment of these producers (by site) with its verified and newest progress, by producer id (producers
     * without a commitment left out): one query per table for all of them, however many producers.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<Standing>> standings(Collection<Long> producerIds) {
        var commitments = rehabilitations.ofProducers(producerIds);
        if (commitments.isEmpty()) {
            return Map.of();
        }
        var records = rehabilitations.recordsOf(commitments.stream().map(RehabilitationCommitment::getId).toList());
        var verdicts = verdictsBy(records);
        var names = siteNames(commitments.stream().map(RehabilitationCommitment::getSiteId).toList());
        // Each commitment's records keep their order (by measurement day, then entry).
        var recordsBy = records.stream().collect(Collectors.groupingBy(RehabilitationRecord::getRehabilitationId));
        var standings = new LinkedHashMap<Long, List<Standing>>();
        for (var c : commitments) {
            var own = recordsBy.getOrDefault(c.getId(), List.of());
            var verified = own.stream().filter(r -> counts(verdicts.getOrDefault(r.getId(), List.of())))
                    .reduce((a, b) -> b).orElse(null);
            var latest = own.isEmpty() ? null : own.get(own.size() - 1);
            standings.computeIfAbsent(c.getProducerId(), k -> new java.util.ArrayList<>())
                    .add(new Standing(c, names.getOrDefault(c.getSiteId(), ""), verified, latest));
        }
        standings.replaceAll((k, v) -> List.copyOf(v));
        return standings;
    }

    /** A commitment's progress records, oldest first, each with its files and verdicts. */
    @Transactional(readOnly = true)
    public List<RecordView> records(RehabilitationCommitment commitment) {
        var records = rehabilitations.recordsOf(List.of(commitment.getId()));
        var ids = records.stream().map(RehabilitationRecord::getId).toList();
        var files = rehabilitations.filesOf(ids).stream()
                .collect(Collectors.groupingBy(RehabilitationFile::progressId));
        var verdicts = verdictsBy(records);
        return records.stream().map(r -> {
            var theirs = verdicts.getOrDefault(r.getId(), List.of());
            return new RecordView(r, files.getOrDefault(r.getId(), List.of()), theirs, counts(theirs));
        }).toList();
    }

    @Transactional(readOnly = true)
    public String siteName(Long siteId) {
        return siteNames(List.of(siteId)).getOrDefault(siteId, "");
    }

    public long maxMegabytes() {
        return UploadedFile.megabytes(maxBytes);
    }

    /** Whether a record counts: at least one agree and every verifier's newest verdict an agree. */
    public static boolean counts(List<RehabilitationVerification> verifications) {
        var newest = new LinkedHashMap<String, RehabilitationVerification>();
        verifications.stream().sorted(Comparator.comparing(RehabilitationVerification::getVerifiedAt)
                .thenComparing(v -> v.getId() == null ? Long.MAX_VALUE : v.getId()))
                .forEach(v -> newest.put(v.getVerifier(), v));
        return !newest.isEmpty() && newest.values().stream().allMatch(v -> v.getVerdict() == Verdict.AGREE);
    }

    private Map<Long, List<RehabilitationVerification>> verdictsBy(List<RehabilitationRecord> records) {
        return rehabilitations.verificationsOf(records.stream().map(RehabilitationRecord::getId).toList()).stream()
                .collect(Collectors.groupingBy(RehabilitationVerification::getProgressId));
    }

    private Map<Long, String> siteNames(Collection<Long> ids) {
        return sites.findAllById(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(MineSite::getId, MineSite::getName, (a, b) -> a));
    }

    private RehabilitationCommitment commitmentOf(ProducerProfile profile, Long commitmentId) {
        return rehabilitations.commitment(commitmentId).filter(c -> c.getProducerId().equals(profile.getId()))
                .orElseThrow(() -> new NotFoundException("RehabilitationCommitment", commitmentId));
    }

    private RehabilitationRecord recordOf(ProducerProfile profile, Long recordId) {
        var record = rehabilitations.record(recordId)
                .orElseThrow(() -> new NotFoundException("RehabilitationRecord", recordId));
        commitmentOf(profile, record.getRehabilitationId());
        return record;
    }
}
