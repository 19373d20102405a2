package org.orepass.risk;

import org.orepass.risk.internal.AssessmentLevels;
import org.orepass.risk.internal.MitigationPlans;
import org.orepass.risk.internal.RedFlag;
import org.orepass.risk.internal.RedFlagKind;
import org.orepass.risk.internal.RedFlagQueries;
import org.orepass.risk.internal.ReportQueries;
import org.orepass.risk.internal.RiskAccessDenied;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.orepass.account.Actor;
import org.orepass.custody.Genealogy;
import org.orepass.shared.Dates;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.site.Mineral;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly due diligence report of an organisation (OECD step 5, EU 2017/821 article 7), generated from the data:
 * its policy, the risks its assessments identified, the decisions and plans with their outcomes, and the volumes it
 * received by mineral and country of origin (each received lot traced back to its mine sites, by share of mass).
 */
@Service
@Transactional(readOnly = true)
public class DueDiligenceReporting {

    private final ReportQueries queries;
    private final RiskAssessments assessments;
    private final MitigationPlans plans;
    private final RedFlagQueries names;
    private final Genealogy genealogy;
    private final AssessmentLevels levels;
    private final Clock clock;

    /**
     * The member states of the European Union (ISO 3166-1; Greece as GR): EU Regulation 2017/821 binds importers
     * established in the Union (article 2(l)), so its Annex I thresholds concern only organisations there.
     */
    public static final Set<String> UNION_MEMBERS = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
            "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    public DueDiligenceReporting(ReportQueries queries, RiskAssessments assessments, MitigationPlans plans,
            RedFlagQueries names, Genealogy genealogy, AssessmentLevels levels, Clock clock) {
        this.levels = levels;
        this.queries = queries;
        this.assessments = assessments;
        this.plans = plans;
        this.names = names;
        this.genealogy = genealogy;
        this.clock = clock;
    }

    /** Kilograms of one mineral from one country of origin. */
    public record Volume(Mineral mineral, String country, BigDecimal massKg) {
    }

    /**
     * One assessment as the report states it: the risks found (MEDIUM or HIGH on the level that counts for
     * decisions), each risk's computed level next to any lowered level and who lowered and signed it off, the
     * verified incidents that concern the subject, the step taken and whether it is in force, the outcome.
     */
    public record Finding(Long assessmentId, SubjectKind kind, String subjectName, Map<AnnexIIRisk, RiskLevel> risks,
            Decision decision, DecisionStatus decisionStatus, String measures, ReviewOutcome outcome,
            List<RiskLine> lines, List<RedFlag> incidents, DecisionState decisionState, AnnexIIRisk lapsedOn,
            String loweredBy, String loweringSignedOffBy) {
    }

    /** A risk's levels in the report: today's computed level, the lowered level if any, the level that counts. */
    public record RiskLine(AnnexIIRisk risk, RiskLevel computed, RiskLevel lowered, boolean loweringSignedOff,
            RiskLevel effective) {
    }

    /** Whether a decision is in force now. */
    public enum DecisionState {
        NONE,
        IN_FORCE,
        PENDING_SIGN_OFF,
        /** A "continue" the levels of today no longer allow. */
        LAPSED
    }

    /**
     * The year's volume of one mineral (its CN code) against the EU Regulation 2017/821 Annex I threshold: at or
     * above it the importer's due diligence obligations apply (article 1(3)); {@code thresholdKg} is null when none
     * is on record for the code.
     */
    public record AnnexICheck(Mineral mineral, String cnCode, BigDecimal massKg, BigDecimal thresholdKg) {

        public boolean atOrAbove() {
            return thresholdKg != null && massKg.compareTo(thresholdKg) >= 0;
        }
    }

    /**
     * The report. {@code volumes} is what the organisation bought from suppliers of its own country,
     * {@code importedVolumes} what it imported across a border (issue 14), each by mineral and country of origin and
     * never one counted in the other. {@code organisationCountry} is where the organisation sits;
     * {@code unionImporter} whether it is in the Union, the only case where the Annex I thresholds apply (otherwise
     * the page says so instead of verdicts).
     */
    public record Report(long organisationId, String organisationName, int year, String policy,
            List<Finding> findings, List<Volume> volumes, List<AnnexICheck> annexI, String organisationCountry,
            boolean unionImporter, List<Volume> importedVolumes) {
    }

    /** The organisation's own users read and print it; administrators, inspectors and auditors read any. */
    public static boolean mayRead(Actor actor, Long organisationId) {
        return RiskAccess.readsAll(actor) || (organisationId != null && organisationId.equals(actor.organisationId()));
    }

    public Report report(Actor actor, Long organisationId, int year) {
        if (organisationId == null || names.organisationName(organisationId) == null) {
            throw new NotFoundException("Organisation", organisationId);
        }
        if (!mayRead(actor, organisationId)) {
            throw new RiskAccessDenied("read the due diligence report of organisation " + organisationId);
        }
        Dates.requireYear("year", year, Dates.FIRST_REPORT_YEAR, java.time.LocalDate.now(clock).getYear());
        var findings = new ArrayList<Finding>();
        for (var assessment : assessments.newestOf(organisationId, RiskAssessing.LIST_LIMIT)) {
            if (assessment.getCreatedAt().atZone(ZoneOffset.UTC).getYear() != year) {
                continue;
            }
            var now = levels.of(assessment);
            var risks = new TreeMap<AnnexIIRisk, RiskLevel>();
            var lines = new ArrayList<RiskLine>();
            now.standings().forEach((risk, standing) -> {
                if (standing.effective().compareTo(RiskLevel.MEDIUM) >= 0) {
                    risks.put(risk, standing.effective());
                }
                if (standing.computed() != RiskLevel.NONE || standing.lowered()
                        || standing.effective() != RiskLevel.NONE) {
                    lines.add(new RiskLine(risk, standing.computed(), standing.lowered() ? standing.chosen() : null,
                            standing.loweringSignedOff(), standing.effective()));
                }
            });
            var incidents = now.flags().stream().filter(f -> f.kind() == RedFlagKind.OPEN_INCIDENT).toList();
            var lapsedOn = assessment.decisionLapsed(now.standings())
                    ? RiskAssessment.forbiddingRisk(now.standings()).orElse(null) : null;
            DecisionState state;
            if (assessment.getDecision() == null) {
                state = DecisionState.NONE;
            } else if (lapsedOn != null) {
                state = DecisionState.LAPSED;
            } else if (assessment.getDecisionStatus() == DecisionStatus.PENDING_SIGN_OFF) {
                state = DecisionState.PENDING_SIGN_OFF;
            } else {
                state = DecisionState.IN_FORCE;
            }
            var plan = plans.ofAssessment(assessment.getId());
            findings.add(new Finding(assessment.getId(), assessment.getSubjectKind(), subjectName(assessment), risks,
                    assessment.getDecision(), assessment.getDecisionStatus(),
                    plan.map(MitigationPlan::getMeasures).orElse(null),
                    plan.map(MitigationPlan::getOutcome).orElse(null), List.copyOf(lines), incidents, state,
                    lapsedOn, assessment.getLoweredBy(), assessment.getLoweringSignedOffBy()));
        }
        findings.sort(Comparator.comparing(Finding::assessmentId));
        var received = queries.lotsReceived(organisationId, year);
        var imported = queries.lotsImported(organisationId, year);
        var country = queries.organisationCountry(organisationId);
        // Annex I counts what the importer brought into the Union: its imports across the border as well as what it
        // bought there (issue 14).
        var intoUnion = new ArrayList<>(received);
        intoUnion.addAll(imported);
        return new Report(organisationId, names.organisationName(organisationId), year,
                queries.policy(organisationId).map(SupplyChainPolicy::getPolicy).orElse(null), findings,
                volumes(received), annexI(intoUnion), country, country != null && UNION_MEMBERS.contains(country),
                volumes(imported));
    }

    /**
     * The kilograms received and imported in the year per mineral, each against its Annex I threshold. What the
     * organisation received or imported is what an importer imports; the mass weighed counts (not the mass the
     * seller sent or the document states).
     */
    private List<AnnexICheck> annexI(List<ReportQueries.ReceivedLot> received) {
        var thresholds = queries.importThresholds();
        var byMineral = received.stream().collect(Collectors.groupingBy(ReportQueries.ReceivedLot::mineral,
                TreeMap::new, Collectors.reducing(BigDecimal.ZERO, ReportQueries.ReceivedLot::massKg,
                        BigDecimal::add)));
        var checks = new ArrayList<AnnexICheck>();
        byMineral.forEach((mineral, kg) -> checks.add(new AnnexICheck(mineral, mineral.hsCode(),
                kg.setScale(3, RoundingMode.HALF_UP), thresholds.get(mineral.hsCode()))));
        return checks;
    }

    /** Received lots of each mineral traced together: each origin site's kilograms, summed by its country. */
    private List<Volume> volumes(List<ReportQueries.ReceivedLot> received) {
        var byMineral = received.stream().collect(Collectors.groupingBy(
                ReportQueries.ReceivedLot::mineral, TreeMap::new,
                Collectors.mapping(ReportQueries.ReceivedLot::lotId, Collectors.toList())));
        var volumes = new ArrayList<Volume>();
        byMineral.forEach((mineral, lotIds) -> {
            var byCountry = new TreeMap<String, BigDecimal>();
            // Every origin country, imports from outside the platform under the origin their document states
            // (issue 14: imported material is counted under its true origin, never as the importer's country).
            for (var origin : genealogy.traceBack(lotIds).countries()) {
                byCountry.merge(origin.country(), origin.massKg(), BigDecimal::add);
            }
            byCountry.forEach((country, kg) -> volumes.add(new Volume(mineral, country,
                    kg.setScale(3, RoundingMode.HALF_UP))));
        });
        return volumes;
    }

    /** The organisation's traders write its policy. */
    @Transactional
    public SupplyChainPolicy writePolicy(Actor actor, Long organisationId, String text) {
        if (!RiskAccess.mayAssess(actor) || !actor.organisationId().equals(organisationId)) {
            throw new RiskAccessDenied("write the policy of organisation " + organisationId);
        }
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation("policy", "risk.report.policy.required");
        }
        var policy = queries.policy(organisationId).orElseGet(() -> new SupplyChainPolicy(organisationId));
        policy.write(text, actor.username(), clock.instant());
        return queries.savePolicy(policy);
    }

    private String subjectName(RiskAssessment assessment) {
        return switch (assessment.getSubjectKind()) {
            case SUPPLIER -> names.organisationName(assessment.getSupplierOrgId());
            case SITE -> names.sites(List.of(assessment.getSiteId())).stream().findFirst()
                    .map(RedFlagQueries.SitePlace::name).orElse("");
            case LOT -> names.lotNumber(assessment.getLotId());
        };
    }
}
