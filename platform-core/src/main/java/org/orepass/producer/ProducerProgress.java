package org.orepass.producer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.orepass.organisation.Organisations;
import org.orepass.producer.internal.Assessments;
import org.orepass.producer.internal.CriteriaSets;
import org.orepass.producer.internal.EvidenceSummary;
import org.orepass.producer.internal.MercuryRecords;
import org.orepass.producer.internal.PlanActions;
import org.orepass.producer.internal.ProducerProfiles;
import org.orepass.producer.internal.ProducerQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where producers stand, read from their answers and verifications each time (nothing derived is stored, so a
 * page never shows a stale level): verified levels ({@link VerifiedLevels}), serious-risk findings, the trend
 * since the first assessment, mercury per gram of gold. The caller checked the actor may see the producer.
 */
@Service
@Transactional(readOnly = true)
public class ProducerProgress {

    /** A serious-risk finding: the criterion, its verified answer, and which producer (organisation) it is. */
    public record Finding(long producerId, long organisationId, String producerName, Criterion criterion,
            VerifiedLevels.Verified verified) {
    }

    /** One criterion of a producer's page: its verified level (or none) and its newest self-assessed answer. */
    public record Standing(Criterion criterion, VerifiedLevels.Verified verified, Answer latestSelf) {
    }

    /** The producer's verified standing after each assessment day: how many criteria verified, met, and the mean. */
    public record TrendPoint(LocalDate on, int verified, int met, BigDecimal averageScore) {
    }

    /** One answer of an assessment with its files and verdicts and whether it counts. */
    public record AnswerView(Answer answer, Criterion criterion, List<EvidenceSummary> files,
            List<Verification> verifications, boolean counts) {
    }

    /** Mercury per period, all sites together: kilograms used and recovered, grams of gold, lost per gram. */
    public record MercuryPoint(LocalDate periodStart, LocalDate periodEnd, BigDecimal usedKg, BigDecimal recoveredKg,
            BigDecimal goldG, BigDecimal perGramGold, List<String> worstPractices) {
    }

    private final Assessments assessments;
    private final CriteriaSets sets;
    private final ProducerProfiles profiles;
    private final MercuryRecords mercury;
    private final PlanActions plans;
    private final ProducerQueries queries;
    private final Organisations organisations;
    private final Clock clock;
    private final CriteriaLoading loading;

    public ProducerProgress(Assessments assessments, CriteriaSets sets, ProducerProfiles profiles,
            MercuryRecords mercury, PlanActions plans, ProducerQueries queries, Organisations organisations,
            Clock clock, CriteriaLoading loading) {
        this.loading = loading;
        this.assessments = assessments;
        this.sets = sets;
        this.profiles = profiles;
        this.mercury = mercury;
        this.plans = plans;
        this.queries = queries;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Every answer of the producer with what the verification rule needs. */
    public List<VerifiedLevels.Fact> facts(Long producerId) {
        var own = assessments.ofProducer(producerId);
        if (own.isEmpty()) {
            return List.of();
        }
        var dates = own.stream().collect(Collectors.toMap(ProgressAssessment::getId,
                ProgressAssessment::getAssessedOn));
        var answers = assessments.answersOf(dates.keySet());
        var criteria = criteria(answers.stream().map(Answer::getCriterionId).collect(Collectors.toSet()));
        var verdicts = assessments.verificationsOf(answers.stream().map(Answer::getId).toList()).stream()
                .collect(Collectors.groupingBy(Verification::getAnswerId));
        return answers.stream().map(a -> new VerifiedLevels.Fact(a.getId(), a.getCriterionId(),
                criteria.get(a.getCriterionId()).isSeriousRisk(), a.getLevel(), dates.get(a.getAssessmentId()),
                verdicts.getOrDefault(a.getId(), List.of()))).toList();
    }

    private Map<Long, Criterion> criteria(Collection<Long> ids) {
        return sets.criteriaByIds(ids).stream().collect(Collectors.toMap(Criterion::getId, Function.identity()));
    }

    /** A criterion by its id (of any set), if there is one. */
    public java.util.Optional<Criterion> criterion(Long id) {
        return sets.criteriaByIds(List.of(id)).stream().findFirst();
    }

    public Map<Long, VerifiedLevels.Verified> verified(Long producerId) {
        return VerifiedLevels.of(facts(producerId));
    }

    /** The producer's verified "not met" answers on serious-risk criteria. */
    public List<Finding> findings(ProducerProfile profile) {
        var verified = verified(profile.getId()).values().stream().filter(VerifiedLevels.Verified::finding).toList();
        if (verified.isEmpty()) {
            return List.of();
        }
        var criteria = criteria(verified.stream().map(VerifiedLevels.Verified::criterionId).toList());
        var name = organisations.findById(profile.getOrganisationId()).map(o -> o.getName()).orElse("");
        return verified.stream().map(v -> new Finding(profile.getId(), profile.getOrganisationId(), name,
                criteria.get(v.criterionId()), v)).sorted(Comparator.comparing(f -> f.criterion().getPosition()))
                .toList();
    }

    /** The findings of the producers owning or operating these sites, by site. */
    public Map<Long, List<Finding>> findingsAtSites(Collection<Long> siteIds) {
        var result = new LinkedHashMap<Long, List<Finding>>();
        if (siteIds.isEmpty()) {
            return result;
        }
        var bySite = queries.producersOfSites(siteIds);
        var producerIds = bySite.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        if (producerIds.isEmpty()) {
            return result;
        }
        var findings = new HashMap<Long, List<Finding>>();
        for (var profile : profiles.findByIdIn(producerIds)) {
            findings.put(profile.getId(), findings(profile));
        }
        bySite.forEach((site, producers) -> {
            var here = producers.stream().flatMap(p -> findings.getOrDefault(p, List.of()).stream()).toList();
            if (!here.isEmpty()) {
                result.put(site, here);
            }
        });
        return result;
    }

    /** The findings of the producer profile of this organisation (a supplier), if it has one. */
    public List<Finding> findingsOfOrganisation(Long organisationId) {
        return organisationId == null ? List.of()
                : profiles.findByOrganisationId(organisationId).map(this::findings).orElse(List.of());
    }

    /** The producer profile of an organisation, if any (for a buyer's assessment page). */
    public java.util.Optional<ProducerProfile> profileOf(Long organisationId) {
        return organisationId == null ? java.util.Optional.empty() : profiles.findByOrganisationId(organisationId);
    }

    /** Each criterion of the set the producer was last assessed against (or the set in use), in order. */
    public List<Standing> standings(ProducerProfile profile) {
        var own = assessments.ofProducer(profile.getId());
        Long setId = own.isEmpty()
                ? loading.current().map(CriteriaSet::getId).orElse(null)
                : own.get(own.size() - 1).getSetId();
        if (setId == null) {
            return List.of();
        }
        var verified = verified(profile.getId());
        var latest = new HashMap<Long, Answer>();
        var answers = assessments.answersOf(own.stream().map(ProgressAssessment::getId).toList());
        var order = new HashMap<Long, Integer>();
        for (int i = 0; i < own.size(); i++) {
            order.put(own.get(i).getId(), i);
        }
        answers.stream().sorted(Comparator.comparing((Answer a) -> order.get(a.getAssessmentId()))
                .thenComparing(Answer::getId)).forEach(a -> latest.put(a.getCriterionId(), a));
        return sets.criteriaOf(setId).stream()
                .map(c -> new Standing(c, verified.get(c.getId()), latest.get(c.getId()))).toList();
    }

    /** After each assessment day, the verified standing counting only answers assessed by that day. */
    public List<TrendPoint> trend(Long producerId) {
        var facts = facts(producerId);
        var days = facts.stream().map(VerifiedLevels.Fact::assessedOn).collect(Collectors.toCollection(
                java.util.TreeSet::new));
        var points = new ArrayList<TrendPoint>();
        for (var day : days) {
            var levels = VerifiedLevels.of(facts.stream().filter(f -> !f.assessedOn().isAfter(day)).toList());
            if (levels.isEmpty()) {
                continue;
            }
            int met = (int) levels.values().stream().filter(v -> v.level() == ProgressLevel.MET).count();
            int sum = levels.values().stream().mapToInt(v -> v.level().score()).sum();
            points.add(new TrendPoint(day, levels.size(), met,
                    BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(levels.size()), 2, RoundingMode.HALF_UP)));
        }
        return points;
    }

    public List<ProgressAssessment> assessmentsOf(Long producerId) {
        return assessments.ofProducer(producerId);
    }

    public java.util.Optional<ProgressAssessment> assessment(Long producerId, Long assessmentId) {
        return assessments.find(assessmentId).filter(a -> a.getProducerId().equals(producerId));
    }

    /** An assessment's answers with their criteria, files, verdicts and whether each counts. */
    public List<AnswerView> answers(ProgressAssessment assessment) {
        var answers = assessments.answersOf(List.of(assessment.getId()));
        var ids = answers.stream().map(Answer::getId).toList();
        var criteria = criteria(answers.stream().map(Answer::getCriterionId).toList());
        var files = assessments.evidenceOf(ids).stream().collect(Collectors.groupingBy(EvidenceSummary::answerId));
        var verdicts = assessments.verificationsOf(ids).stream()
                .collect(Collectors.groupingBy(Verification::getAnswerId));
        return answers.stream().map(a -> {
            var criterion = criteria.get(a.getCriterionId());
            var theirs = verdicts.getOrDefault(a.getId(), List.of());
            var fact = new VerifiedLevels.Fact(a.getId(), a.getCriterionId(), criterion.isSeriousRisk(),
                    a.getLevel(), assessment.getAssessedOn(), theirs);
            return new AnswerView(a, criterion, files.getOrDefault(a.getId(), List.of()), theirs,
                    VerifiedLevels.counts(fact));
        }).sorted(Comparator.comparing(v -> v.criterion().getPosition())).toList();
    }

    public List<Criterion> criteriaOfSet(Long setId) {
        return sets.criteriaOf(setId);
    }

    public List<PlanAction> plan(Long producerId) {
        return plans.findByProducerIdOrderByDueOnAscIdAsc(producerId);
    }

    public List<MercuryRecord> mercuryRecords(Long producerId) {
        return mercury.findByProducerIdOrderByPeriodStartAscIdAsc(producerId);
    }

    /** Mercury per period (all the producer's sites together), oldest first. */
    public List<MercuryPoint> mercuryTrend(Long producerId) {
        var byPeriod = new LinkedHashMap<List<LocalDate>, List<MercuryRecord>>();
        for (var record : mercuryRecords(producerId)) {
            byPeriod.computeIfAbsent(List.of(record.getPeriodStart(), record.getPeriodEnd()), k -> new ArrayList<>())
                    .add(record);
        }
        var points = new ArrayList<MercuryPoint>();
        byPeriod.forEach((period, records) -> {
            var used = records.stream().map(MercuryRecord::getMercuryUsedKg).reduce(BigDecimal.ZERO, BigDecimal::add);
            var recovered = records.stream().map(MercuryRecord::getMercuryRecoveredKg)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            var gold = records.stream().map(MercuryRecord::getGoldG).reduce(BigDecimal.ZERO, BigDecimal::add);
            var perGram = gold.signum() == 0 ? null : used.subtract(recovered).max(BigDecimal.ZERO)
                    .multiply(BigDecimal.valueOf(1000)).divide(gold, 3, RoundingMode.HALF_UP);
            var worst = records.stream().flatMap(r -> r.worstPractices().stream())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            points.add(new MercuryPoint(period.get(0), period.get(1), used, recovered, gold, perGram,
                    List.copyOf(worst)));
        });
        return points;
    }

    /** Producers with actions past their due date, and how many (for work queues). */
    public Map<Long, Long> overdueActions() {
        return queries.overdueActions(LocalDate.now(clock));
    }

    /** The plan actions overdue today of one producer. */
    public List<PlanAction> overdue(Long producerId) {
        var today = LocalDate.now(clock);
        return plan(producerId).stream().filter(a -> a.overdue(today)).toList();
    }

    public List<ProducerProfile> profiles(Collection<Long> ids) {
        return profiles.findByIdIn(ids).stream().filter(Objects::nonNull).toList();
    }
}
