package org.orepass.producer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.attachment.UploadedFile;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.producer.internal.Accreditations;
import org.orepass.producer.internal.Assessments;
import org.orepass.producer.internal.CriteriaSets;
import org.orepass.producer.internal.MercuryRecords;
import org.orepass.producer.internal.PlanActions;
import org.orepass.producer.internal.ProducerProfiles;
import org.orepass.producer.internal.ProducerQueries;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.StaleEditException;
import org.orepass.site.MineSite;
import org.orepass.site.MineSites;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The producer use cases (issue 22, docs/producers.md): profiles, self-assessments with evidence, verification,
 * improvement plans, mercury records and CSO accreditation. Every write is decided here by role and organisation,
 * so no page or API can skip a check; entities are audited by the persistence layer.
 *
 * <p>Who may do what:
 * <ul>
 * <li><b>manage</b> (profile, self-assessment, evidence, plan, mercury): an operator of the producer organisation,
 * a monitor of its supporting CSO, an administrator;</li>
 * <li><b>verify</b>: an inspector whose jurisdiction covers the producer's place, or a monitor of an accredited CSO;
 * never someone of the producer or of its supporting CSO (no one verifies their own answers);</li>
 * <li><b>see</b>: those, administrators and auditors, and the producer's buyers (organisations that received lots
 * from it).</li>
 * </ul>
 */
@Service
@Transactional
public class Producers {

    /** The organisation types that may have a producer profile: they own or operate mine sites. */
    public static final Set<OrganisationType> PRODUCER_TYPES = EnumSet.of(OrganisationType.COOPERATIVE,
            OrganisationType.MINE_OPERATOR);
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final BigDecimal MAX_KG = new BigDecimal("999999999.999");
    static final BigDecimal MAX_GRAMS = new BigDecimal("99999999999.999");

    private final ProducerProfiles profiles;
    private final Organisations organisations;
    private final CriteriaSets sets;
    private final Assessments assessments;
    private final PlanActions plans;
    private final MercuryRecords mercury;
    private final Accreditations accreditations;
    private final ProducerQueries queries;
    private final MineSites sites;
    private final Clock clock;
    private final long maxBytes;
    private final CriteriaLoading loading;

    public Producers(ProducerProfiles profiles, Organisations organisations, CriteriaSets sets,
            Assessments assessments, PlanActions plans, MercuryRecords mercury, Accreditations accreditations,
            ProducerQueries queries, MineSites sites, Clock clock,
            @Value("${orepass.attachments.max-bytes:10485760}") long maxBytes, CriteriaLoading loading) {
        this.loading = loading;
        this.profiles = profiles;
        this.organisations = organisations;
        this.sets = sets;
        this.assessments = assessments;
        this.plans = plans;
        this.mercury = mercury;
        this.accreditations = accreditations;
        this.queries = queries;
        this.sites = sites;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    // ---- who may do what

    public boolean mayManage(Actor actor, ProducerProfile profile) {
        return actor.has(Role.ADMIN)
                || actor.has(Role.OPERATOR) && profile.getOrganisationId().equals(actor.organisationId())
                || actor.has(Role.CSO_MONITOR) && profile.getSupportingCsoId() != null
                        && profile.getSupportingCsoId().equals(actor.organisationId());
    }

    @Transactional(readOnly = true)
    public boolean mayVerify(Actor actor, ProducerProfile profile) {
        var organisationId = actor.organisationId();
        if (organisationId == null || organisationId.equals(profile.getOrganisationId())
                || organisationId.equals(profile.getSupportingCsoId())) {
            return false;
        }
        var producer = organisation(profile);
        if (actor.inspectsIn(producer.getCountry(), producer.getDivision())) {
            return true;
        }
        return actor.has(Role.CSO_MONITOR) && accreditations.findById(organisationId).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean isBuyer(Actor actor, ProducerProfile profile) {
        return actor.organisationId() != null
                && queries.buyersOf(profile.getOrganisationId()).contains(actor.organisationId());
    }

    @Transactional(readOnly = true)
    public boolean maySee(Actor actor, ProducerProfile profile) {
        return actor.has(Role.ADMIN) || actor.has(Role.AUDITOR) || mayManage(actor, profile)
                || mayVerify(actor, profile) || isBuyer(actor, profile);
    }

    /** The passport: public when the producer opted in; otherwise as {@link #maySee}. */
    @Transactional(readOnly = true)
    public boolean mayReadPassport(Actor actor, ProducerProfile profile) {
        return profile.isPassportPublic() || actor != null && maySee(actor, profile);
    }

    /** A profile the actor may see, or not found (no one learns a hidden producer exists). */
    @Transactional(readOnly = true)
    public ProducerProfile visible(Actor actor, Long id) {
        var profile = profiles.findById(id).orElseThrow(() -> new NotFoundException("ProducerProfile", id));
        if (!maySee(actor, profile)) {
            throw new NotFoundException("ProducerProfile", id);
        }
        return profile;
    }

    /** A profile the actor may manage. */
    @Transactional(readOnly = true)
    public ProducerProfile managed(Actor actor, Long id) {
        var profile = visible(actor, id);
        if (!mayManage(actor, profile)) {
            throw new ProducerAccessDenied("manage producer " + id);
        }
        return profile;
    }

    @Transactional(readOnly = true)
    public List<ProducerProfile> visibleTo(Actor actor) {
        return profiles.findAllByOrderByIdAsc().stream().filter(p -> maySee(actor, p)).toList();
    }

    /** The organisations the actor may give a profile: its own (an operator), any producer type (an admin). */
    @Transactional(readOnly = true)
    public List<Organisation> mayCreateFor(Actor actor) {
        return organisations.allActive().stream().filter(o -> PRODUCER_TYPES.contains(o.getType()))
                .filter(o -> actor.has(Role.ADMIN) || actor.has(Role.OPERATOR)
                        && o.getId().equals(actor.organisationId()))
                .filter(o -> profiles.findByOrganisationId(o.getId()).isEmpty()).toList();
    }

    // ---- profiles

    public ProducerProfile create(Actor actor, Long organisationId, ProducerDetails details) {
        if (organisationId == null) {
            throw new DomainRuleViolation("organisationId", "producer.organisation.required");
        }
        var organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new DomainRuleViolation("organisationId", "producer.organisation.required"));
        if (!(actor.has(Role.ADMIN) || actor.has(Role.OPERATOR) && organisationId.equals(actor.organisationId()))) {
            throw new ProducerAccessDenied("create a producer profile for organisation " + organisationId);
        }
        if (!PRODUCER_TYPES.contains(organisation.getType())) {
            throw new DomainRuleViolation("organisationId", "producer.organisation.type");
        }
        if (profiles.findByOrganisationId(organisationId).isPresent()) {
            throw new DomainRuleViolation("organisationId", "producer.organisation.taken");
        }
        checkCso(details.supportingCsoId());
        return profiles.save(new ProducerProfile(organisationId, details, clock.instant()));
    }

    public ProducerProfile describe(Actor actor, Long id, long version, ProducerDetails details) {
        var profile = managed(actor, id);
        if (profile.getVersion() != version) {
            throw new StaleEditException("ProducerProfile", id);
        }
        checkCso(details.supportingCsoId());
        profile.describe(details);
        return profiles.save(profile);
    }

    private void checkCso(Long csoId) {
        if (csoId != null && organisations.findById(csoId).map(o -> o.getType() != OrganisationType.CSO)
                .orElse(true)) {
            throw new DomainRuleViolation("supportingCsoId", "producer.cso.type");
        }
    }

    // ---- assessments

    /** The criteria new assessments use: the set the administrator chose (before any choice: the newest set). */
    @Transactional(readOnly = true)
    public CriteriaSet currentSet() {
        return loading.current().orElseThrow(() -> new IllegalStateException("no criteria set loaded"));
    }

    @Transactional(readOnly = true)
    public List<Criterion> criteriaOf(Long setId) {
        return sets.criteriaOf(setId);
    }

    /**
     * The producer (or its supporting CSO) places itself at a level on every criterion of the current set, with a
     * note each. Answers are never changed: a new assessment is made; only verified answers count.
     */
    public ProgressAssessment selfAssess(Actor actor, Long producerId, LocalDate on,
            Map<Long, ProgressLevel> levels, Map<Long, String> notes) {
        var profile = managed(actor, producerId);
        var today = LocalDate.now(clock);
        if (on == null) {
            throw new DomainRuleViolation("assessedOn", "producer.date.required");
        }
        if (on.isAfter(today) || on.isBefore(EARLIEST)) {
            throw new DomainRuleViolation("assessedOn", "producer.date.range", EARLIEST.toString(), today.toString());
        }
        var set = currentSet();
        var criteria = sets.criteriaOf(set.getId());
        for (var criterion : criteria) {
            if (levels.get(criterion.getId()) == null) {
                throw new DomainRuleViolation("levels[" + criterion.getId() + "]", "producer.level.required");
            }
            var note = notes.get(criterion.getId());
            if (note != null && note.strip().length() > 1000) {
                throw new DomainRuleViolation("notes[" + criterion.getId() + "]", "producer.field.too-long", 1000);
            }
        }
        var assessment = assessments.add(new ProgressAssessment(profile.getId(), set.getId(), on, actor.username(),
                clock.instant()));
        for (var criterion : criteria) {
            var note = notes.get(criterion.getId());
            assessments.add(new Answer(assessment.getId(), criterion.getId(), levels.get(criterion.getId()),
                    note == null || note.isBlank() ? null : note.strip()));
        }
        return assessment;
    }

    /** An evidence file for one answer, checked as every upload is (type from the content, size). */
    public AnswerEvidence attach(Actor actor, Long producerId, Long answerId, String fileName, byte[] content) {
        var profile = managed(actor, producerId);
        answerOf(profile, answerId);
        var file = UploadedFile.check(fileName, content, maxBytes, "producer");
        return assessments.add(new AnswerEvidence(answerId, file, actor.username(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public AnswerEvidence evidence(Actor actor, Long producerId, Long fileId) {
        var profile = visible(actor, producerId);
        var file = assessments.evidence(fileId).orElseThrow(() -> new NotFoundException("AnswerEvidence", fileId));
        answerOf(profile, file.getAnswerId());
        return file;
    }

    public long maxMegabytes() {
        return UploadedFile.megabytes(maxBytes);
    }

    /** An answer of one of this producer's assessments, or not found. */
    Answer answerOf(ProducerProfile profile, Long answerId) {
        var answer = assessments.answer(answerId).orElseThrow(() -> new NotFoundException("Answer", answerId));
        var assessment = assessments.find(answer.getAssessmentId()).orElseThrow();
        if (!assessment.getProducerId().equals(profile.getId())) {
            throw new NotFoundException("Answer", answerId);
        }
        return answer;
    }

    /**
     * A verifier's verdict on one answer: agree, disagree (with a reason) or ask for evidence (saying which). A
     * verifier may give a newer verdict; the newest counts ({@link VerifiedLevels}).
     */
    public Verification verify(Actor actor, Long producerId, Long answerId, Verdict verdict, String reason) {
        var profile = visible(actor, producerId);
        if (!mayVerify(actor, profile)) {
            throw new ProducerAccessDenied("verify answers of producer " + producerId);
        }
        answerOf(profile, answerId);
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
        return assessments.add(new Verification(answerId, verdict, text.isEmpty() ? null : text, actor.username(),
                actor.organisationId(), clock.instant()));
    }

    // ---- improvement plan

    public PlanAction planAction(Actor actor, Long producerId, Long criterionId, String goal, String action,
            String owner, LocalDate dueOn) {
        var profile = managed(actor, producerId);
        if (criterionId == null || sets.criteriaByIds(List.of(criterionId)).isEmpty()) {
            throw new DomainRuleViolation("criterionId", "producer.criterion.required");
        }
        var today = LocalDate.now(clock);
        if (dueOn == null) {
            throw new DomainRuleViolation("dueOn", "producer.date.required");
        }
        if (dueOn.isBefore(today.minusYears(1)) || dueOn.isAfter(today.plusYears(5))) {
            throw new DomainRuleViolation("dueOn", "producer.date.range", today.minusYears(1).toString(),
                    today.plusYears(5).toString());
        }
        return plans.save(new PlanAction(profile.getId(), criterionId, goal, action, owner, dueOn,
                clock.instant()));
    }

    public PlanAction actionDone(Actor actor, Long producerId, Long actionId, LocalDate doneOn, String evidence) {
        var profile = managed(actor, producerId);
        var action = plans.findById(actionId).filter(a -> a.getProducerId().equals(profile.getId()))
                .orElseThrow(() -> new NotFoundException("PlanAction", actionId));
        var today = LocalDate.now(clock);
        if (doneOn == null) {
            throw new DomainRuleViolation("doneOn", "producer.date.required");
        }
        if (doneOn.isAfter(today) || doneOn.isBefore(EARLIEST)) {
            throw new DomainRuleViolation("doneOn", "producer.date.range", EARLIEST.toString(), today.toString());
        }
        action.done(doneOn, evidence);
        return plans.save(action);
    }

    /** The six-monthly review of the plan: the producer (or its CSO) or a verifier records it today. */
    public ProducerProfile reviewPlan(Actor actor, Long producerId) {
        var profile = visible(actor, producerId);
        if (!mayManage(actor, profile) && !mayVerify(actor, profile)) {
            throw new ProducerAccessDenied("review the plan of producer " + producerId);
        }
        profile.planReviewed(LocalDate.now(clock));
        return profiles.save(profile);
    }

    // ---- mercury

    public MercuryRecord recordMercury(Actor actor, Long producerId, Long siteId, MercuryDetails details) {
        var profile = managed(actor, producerId);
        var ownSites = new HashSet<Long>();
        sites.ownedOrOperatedBy(profile.getOrganisationId()).forEach(s -> ownSites.add(s.getId()));
        if (siteId == null || !ownSites.contains(siteId)) {
            throw new DomainRuleViolation("siteId", "producer.mercury.site.invalid");
        }
        var today = LocalDate.now(clock);
        if (details.periodStart() == null) {
            throw new DomainRuleViolation("periodStart", "producer.date.required");
        }
        if (details.periodEnd() == null) {
            throw new DomainRuleViolation("periodEnd", "producer.date.required");
        }
        if (details.periodStart().isBefore(EARLIEST) || details.periodStart().isAfter(today)) {
            throw new DomainRuleViolation("periodStart", "producer.date.range", EARLIEST.toString(),
                    today.toString());
        }
        if (details.periodEnd().isBefore(details.periodStart()) || details.periodEnd().isAfter(today)) {
            throw new DomainRuleViolation("periodEnd", "producer.date.range", details.periodStart().toString(),
                    today.toString());
        }
        quantity("mercuryUsedKg", details.mercuryUsedKg(), MAX_KG);
        quantity("mercuryRecoveredKg", details.mercuryRecoveredKg(), MAX_KG);
        quantity("goldG", details.goldG(), MAX_GRAMS);
        if (details.mercuryRecoveredKg().compareTo(details.mercuryUsedKg()) > 0) {
            throw new DomainRuleViolation("mercuryRecoveredKg", "producer.mercury.recovered-over-used");
        }
        if (details.methods() == null || details.methods().isEmpty()) {
            throw new DomainRuleViolation("methods", "producer.mercury.methods.required");
        }
        return mercury.save(new MercuryRecord(profile.getId(), siteId, details, actor.username(), clock.instant()));
    }

    private static void quantity(String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            throw new DomainRuleViolation(field, "producer.field.required");
        }
        if (value.signum() < 0 || value.compareTo(max) > 0 || value.scale() > 3) {
            throw new DomainRuleViolation(field, "producer.quantity.range", max.toPlainString());
        }
    }

    // ---- accreditation

    /** An administrator accredits a CSO: its monitors may then verify producers' answers. */
    public CsoAccreditation accredit(Actor actor, Long organisationId, String scheme) {
        if (!actor.has(Role.ADMIN)) {
            throw new ProducerAccessDenied("accredit CSOs");
        }
        var organisation = organisationId == null ? null : organisations.findById(organisationId).orElse(null);
        if (organisation == null || organisation.getType() != OrganisationType.CSO) {
            throw new DomainRuleViolation("organisationId", "producer.cso.type");
        }
        var text = PlanAction.text("scheme", scheme, 200);
        return accreditations.findById(organisationId).orElseGet(() -> accreditations.save(
                new CsoAccreditation(organisationId, text, LocalDate.now(clock), actor.username())));
    }

    @Transactional(readOnly = true)
    public List<CsoAccreditation> accreditations() {
        return accreditations.findAllByOrderByOrganisationIdAsc();
    }

    // ---- helpers for pages

    @Transactional(readOnly = true)
    public Organisation organisation(ProducerProfile profile) {
        return organisations.findById(profile.getOrganisationId()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<MineSite> sitesOf(ProducerProfile profile) {
        return sites.ownedOrOperatedBy(profile.getOrganisationId());
    }
}
