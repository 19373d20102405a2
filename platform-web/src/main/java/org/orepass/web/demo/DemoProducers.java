package org.orepass.web.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Set;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.producer.LandRehabilitation;
import org.orepass.producer.MercuryDetails;
import org.orepass.producer.ProcessingMethod;
import org.orepass.producer.ProducerDetails;
import org.orepass.producer.Producers;
import org.orepass.producer.ProgressLevel;
import org.orepass.producer.RehabilitationDetails;
import org.orepass.producer.RehabilitationSource;
import org.orepass.producer.RehabilitationWork;
import org.orepass.producer.Criterion;
import org.orepass.producer.ProducerProgress;
import org.orepass.producer.Verdict;
import org.orepass.site.FormalisationStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo producers (issue 22): the Kisoro cooperative (Uganda, verified by the inspector) and the Rubaya operator
 * (DR Congo, verified by the accredited CSO's monitor), each with a year of progress: three self-assessments six
 * months apart, each answer verified, an improvement plan with one action late, and (Kisoro) mercury records by
 * quarter with less mercury per gram of gold each time, and a land rehabilitation commitment each with four quarterly
 * measurements. Both passports are public. Runs after DemoData.
 */
@Component
@ConditionalOnProperty(name = "orepass.demo.enabled", havingValue = "true")
class DemoProducers implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(DemoProducers.class);

    private final Producers producers;
    private final ProducerProgress progress;
    private final Organisations organisations;
    private final TransactionTemplate transaction;
    private final java.time.Clock clock;
    private final LandRehabilitation rehabilitation;
    private volatile boolean running;

    DemoProducers(Producers producers, ProducerProgress progress, Organisations organisations,
            TransactionTemplate transaction, java.time.Clock clock, LandRehabilitation rehabilitation) {
        this.rehabilitation = rehabilitation;
        this.producers = producers;
        this.progress = progress;
        this.organisations = organisations;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void start() {
        try {
            transaction.executeWithoutResult(status -> tell());
        } catch (RuntimeException refused) {
            LOG.warn("Demo mode: the demo producers could not be made: {}", refused.toString());
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return DemoData.PHASE + 1;
    }

    private Organisation named(String name) {
        return organisations.allActive().stream().filter(o -> o.getName().equals(name)).findFirst().orElse(null);
    }

    void tell() {
        var kisoro = named("Kisoro Tin Miners Cooperative");
        var rubaya = named("Rubaya Artisanal Mining Operator");
        var government = organisations.allActive().stream()
                .filter(o -> o.getType() == OrganisationType.GOVERNMENT_AGENCY).findFirst().orElse(null);
        var cso = named("Mining Watch Great Lakes");
        if (kisoro == null || rubaya == null || government == null || cso == null) {
            return;
        }
        var admin = new Actor("admin", government.getId(), Set.of(Role.ADMIN), null, Set.of());
        if (producers.mayCreateFor(admin).stream().noneMatch(o -> o.getId().equals(kisoro.getId()))) {
            return;
        }
        producers.accredit(admin, cso.getId(), "CRAFT pilot, Great Lakes");
        var inspector = new Actor("inspector", government.getId(), Set.of(Role.INSPECTOR), "UG", Set.of());
        var monitor = new Actor("cso", cso.getId(), Set.of(Role.CSO_MONITOR), null, Set.of());
        var today = LocalDate.now(clock);

        var first = producers.create(admin, kisoro.getId(), new ProducerDetails(64, 41, 5, 2, 6, 5,
                FormalisationStage.LICENSED, "Permit AP-UG-0042 (2025-2027)", null, true));
        var operator = new Actor("operator", kisoro.getId(), Set.of(Role.OPERATOR), null, Set.of());
        year(first.getId(), operator, inspector, today, 0);
        var sites = producers.sitesOf(first);
        if (!sites.isEmpty()) {
            BigDecimal[] used = {new BigDecimal("4.200"), new BigDecimal("3.600"), new BigDecimal("2.500"),
                new BigDecimal("1.400")};
            for (int quarter = 0; quarter < 4; quarter++) {
                var start = today.minusMonths(12 - 3L * quarter).withDayOfMonth(1);
                var methods = quarter < 2 ? EnumSet.of(ProcessingMethod.WHOLE_ORE_AMALGAMATION)
                        : EnumSet.of(ProcessingMethod.CONCENTRATE_AMALGAMATION, ProcessingMethod.RETORT);
                producers.recordMercury(operator, first.getId(), sites.get(0).getId(), new MercuryDetails(start,
                        start.plusMonths(3).minusDays(1).isAfter(today) ? today : start.plusMonths(3).minusDays(1),
                        used[quarter], quarter < 2 ? BigDecimal.ZERO : new BigDecimal("0.800"),
                        new BigDecimal("1500.000"), methods, quarter == 0, false, false));
            }
        }
        var second = producers.create(admin, rubaya.getId(), new ProducerDetails(210, 38, 7, 1, 9, 3,
                FormalisationStage.LICENCE_APPLIED, "Application for an artisanal mining zone card, 2025", null,
                true));
        var rubayaOperator = new Actor("rubaya-secretary", rubaya.getId(), Set.of(Role.OPERATOR), null, Set.of());
        year(second.getId(), rubayaOperator, monitor, today, 1);
        // Land rehabilitation: a year of quarterly measurements; Kisoro's newest still waits for the inspector.
        land(first.getId(), sites, operator, inspector, today, new RehabilitationDetails(null, new BigDecimal("4.50"),
                EnumSet.of(RehabilitationWork.BACKFILLING, RehabilitationWork.TOPSOIL, RehabilitationWork.REPLANTING),
                "Backfill the old pits below the washing bay, spread the stored topsoil and plant grass and trees",
                RehabilitationSource.LICENCE_CONDITION, "Permit AP-UG-0042, condition 7", today.plusMonths(12)),
                new String[] {"0.50", "1.25", "2.00", "2.80"}, false);
        land(second.getId(), producers.sitesOf(second), rubayaOperator, monitor, today, new RehabilitationDetails(
                null, new BigDecimal("12.00"), EnumSet.of(RehabilitationWork.BACKFILLING, RehabilitationWork.WATER),
                "Fill the abandoned pits and make the ponds by the river safe",
                RehabilitationSource.COMMUNITY_AGREEMENT, "Agreement with the Rubaya village council, 2025",
                today.plusMonths(18)), new String[] {"1.00", "2.50", "4.00", "6.00"}, true);
        LOG.info("Demo mode: two producers with a year of progress (Kisoro cooperative, Rubaya operator).");
    }

    /** A commitment at the producer's first site and four quarterly measurements, verified (the last if asked). */
    private void land(Long producerId, java.util.List<org.orepass.site.MineSite> sites, Actor producer,
            Actor verifier, LocalDate today, RehabilitationDetails details, String[] areas, boolean verifyLast) {
        if (sites.isEmpty()) {
            return;
        }
        var commitment = rehabilitation.commit(producer, producerId, new RehabilitationDetails(sites.get(0).getId(),
                details.areaHa(), details.works(), details.description(), details.source(),
                details.sourceReference(), details.dueOn()));
        for (int quarter = 0; quarter < areas.length; quarter++) {
            var record = rehabilitation.recordProgress(producer, producerId, commitment.getId(),
                    today.minusMonths(12 - 3L * quarter), new BigDecimal(areas[quarter]),
                    "Measured with the site committee; photos kept by the secretary", null, null);
            if (quarter < areas.length - 1 || verifyLast) {
                rehabilitation.verify(verifier, producerId, record.getId(), Verdict.AGREE, null);
            }
        }
    }

    /** Three assessments six months apart, each answer verified; a plan with one action done and one late. */
    private void year(Long producerId, Actor producer, Actor verifier, LocalDate today, int lag) {
        var set = producers.currentSet();
        var criteria = producers.criteriaOf(set.getId());
        LocalDate[] days = {today.minusDays(360), today.minusDays(180), today.minusDays(10)};
        for (int step = 0; step < days.length; step++) {
            var levels = new HashMap<Long, ProgressLevel>();
            var notes = new HashMap<Long, String>();
            for (var criterion : criteria) {
                levels.put(criterion.getId(), levelAt(criterion, step, lag));
                notes.put(criterion.getId(), "Minutes of the members' meeting, " + days[step]);
            }
            var assessment = producers.selfAssess(producer, producerId, days[step], levels, notes);
            for (var view : progress.answers(assessment)) {
                producers.verify(verifier, producerId, view.answer().getId(), Verdict.AGREE, null);
            }
        }
        var health = criteria.stream().filter(c -> c.getCode().equals("S-4.2")).findFirst().orElse(criteria.get(0));
        var gender = criteria.stream().filter(c -> c.getCode().equals("S-4.4")).findFirst().orElse(criteria.get(0));
        var done = producers.planAction(producer, producerId, health.getId(), "Every shaft timbered",
                "Timber the three deep shafts", "Safety committee", today.minusDays(90));
        producers.actionDone(producer, producerId, done.getId(), today.minusDays(95), "Photos of the timbering");
        producers.planAction(producer, producerId, gender.getId(), "Two women on the board",
                "Hold the board election with a women's seat", "Chairperson", today.minusDays(20));
        producers.reviewPlan(producer, producerId);
    }

    /**
     * A year of steady progress: serious risks met throughout; legitimacy, then the risks to mitigate, then the
     * improvement criteria climb one level every six months ({@code lag}: the second producer starts a step behind).
     */
    static ProgressLevel levelAt(Criterion criterion, int step, int lag) {
        int base = switch (criterion.getModule()) {
            case ANNEX_II_DISENGAGE -> 3;
            case LEGITIMACY -> 2;
            case ANNEX_II_MITIGATE -> 1;
            case PROGRESSIVE -> 0;
        };
        int level = criterion.getModule() == org.orepass.producer.CriterionModule.ANNEX_II_DISENGAGE ? 3
                : Math.max(0, Math.min(3, base + step - lag));
        return ProgressLevel.values()[level];
    }
}
