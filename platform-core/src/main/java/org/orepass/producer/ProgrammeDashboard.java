package org.orepass.producer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.Organisations;
import org.orepass.producer.internal.ProducerProfiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programme figures for CSOs and ministries (issue 22): producers by verified level per criterion, women in
 * membership and leadership, mercury used and recovered and gold produced by year, for a country and division.
 * Inspectors see their own country; administrators, auditors and CSO monitors every country. Figures only, no
 * names; read from the same rule as every page ({@link VerifiedLevels}).
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeDashboard {

    /** {@code levels}: per criterion code, per level name (or "NONE": not verified), how many producers. */
    public record Figures(int producers, List<Criterion> criteria, Map<String, Map<String, Integer>> levels,
            int membersWomen, int membersMen, int leadersWomen, int leadersMen, Map<Integer, MercuryYear> mercury) {
    }

    public record MercuryYear(BigDecimal usedKg, BigDecimal recoveredKg, BigDecimal goldG) {
    }

    public static final String NONE = "NONE";

    /**
     * Producers by verified level per criterion at the end of each half-year ({@code 2025-H1} ends on 30 June):
     * {@code levels} per criterion code, per period, per level name (or {@link #NONE}), how many producers.
     */
    public record OverTime(List<String> periods, List<Criterion> criteria,
            Map<String, Map<String, Map<String, Integer>>> levels) {
    }

    /**
     * Land rehabilitation of the producers of one country and division (the producer organisation's place, as
     * every figure of the dashboard): commitments, hectares promised and hectares verified rehabilitated to date
     * (each commitment's newest counting record, the rule of {@link LandRehabilitation#counts}; zero before any).
     * {@code division} is null for producers registered without one.
     */
    public record LandPlace(String country, String division, int producers, int commitments, BigDecimal promisedHa,
            BigDecimal verifiedHa) {

        /** The verified area as a whole percentage of the area promised (rounded half up), 0 when none promised. */
        public int verifiedPercent() {
            // As Hectares.percentOf, but sums of many producers may pass one commitment's bound.
            if (promisedHa.signum() == 0) {
                return 0;
            }
            return verifiedHa.multiply(BigDecimal.valueOf(100)).divide(promisedHa, 0, java.math.RoundingMode.HALF_UP)
                    .intValue();
        }
    }

    /** At most this many half-years back from today (ten years). */
    public static final int MAX_PERIODS = 20;

    private final ProducerProfiles profiles;
    private final Organisations organisations;
    private final ProducerProgress progress;
    private final Producers producers;
    private final java.time.Clock clock;
    private final LandRehabilitation rehabilitation;

    public ProgrammeDashboard(ProducerProfiles profiles, Organisations organisations, ProducerProgress progress,
            Producers producers, java.time.Clock clock, LandRehabilitation rehabilitation) {
        this.rehabilitation = rehabilitation;
        this.clock = clock;
        this.profiles = profiles;
        this.organisations = organisations;
        this.progress = progress;
        this.producers = producers;
    }

    public static boolean maySee(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.AUDITOR) || actor.has(Role.CSO_MONITOR)
                || actor.has(Role.INSPECTOR);
    }

    /** The figures for a country (inspectors: always theirs) and, optionally, a division. */
    public Figures figures(Actor actor, String country, String division) {
        if (!maySee(actor)) {
            throw new ProducerAccessDenied("read the programme dashboard");
        }
        var wanted = actor.has(Role.INSPECTOR) && !actor.has(Role.ADMIN) ? actor.jurisdictionCountry() : country;
        var set = producers.currentSet();
        var criteria = producers.criteriaOf(set.getId());
        var levels = new LinkedHashMap<String, Map<String, Integer>>();
        for (var criterion : criteria) {
            var counts = new LinkedHashMap<String, Integer>();
            counts.put(NONE, 0);
            for (var level : ProgressLevel.values()) {
                counts.put(level.name(), 0);
            }
            levels.put(criterion.getCode(), counts);
        }
        int count = 0;
        int mw = 0;
        int mm = 0;
        int lw = 0;
        int lm = 0;
        var mercury = new TreeMap<Integer, MercuryYear>();
        for (var profile : profiles.findAllByOrderByIdAsc()) {
            var organisation = organisations.findById(profile.getOrganisationId()).orElse(null);
            if (organisation == null || wanted != null && !wanted.isBlank() && !wanted.equals(organisation.getCountry())
                    || division != null && !division.isBlank() && !division.equals(organisation.getDivision())) {
                continue;
            }
            count++;
            mw += profile.getMembersWomen();
            mm += profile.getMembersMen();
            lw += profile.getBoardWomen() + profile.getCommitteeWomen();
            lm += profile.getBoardMen() + profile.getCommitteeMen();
            var verified = progress.verified(profile.getId());
            for (var criterion : criteria) {
                var level = verified.get(criterion.getId());
                levels.get(criterion.getCode()).merge(level == null ? NONE : level.level().name(), 1, Integer::sum);
            }
            for (var record : progress.mercuryRecords(profile.getId())) {
                mercury.merge(record.getPeriodStart().getYear(), new MercuryYear(record.getMercuryUsedKg(),
                        record.getMercuryRecoveredKg(), record.getGoldG()), (a, b) -> new MercuryYear(
                        a.usedKg().add(b.usedKg()), a.recoveredKg().add(b.recoveredKg()), a.goldG().add(b.goldG())));
            }
        }
        return new Figures(count, new ArrayList<>(criteria), levels, mw, mm, lw, lm, mercury);
    }

    /**
     * Levels over time: for each half-year from the first assessment of these producers (at most
     * {@link #MAX_PERIODS} back) to the current one, the verified level of each producer on each criterion of the
     * set in use, counting only answers assessed by the period's last day (the rule of {@link VerifiedLevels}; the
     * verdicts as they stand today, as the passport's trend reads them). Same producers as {@link #figures}.
     */
    public OverTime levelsOverTime(Actor actor, String country, String division) {
        if (!maySee(actor)) {
            throw new ProducerAccessDenied("read the programme dashboard");
        }
        var wanted = actor.has(Role.INSPECTOR) && !actor.has(Role.ADMIN) ? actor.jurisdictionCountry() : country;
        var criteria = producers.criteriaOf(producers.currentSet().getId());
        var facts = new ArrayList<List<VerifiedLevels.Fact>>();
        java.time.LocalDate first = null;
        for (var profile : profiles.findAllByOrderByIdAsc()) {
            var organisation = organisations.findById(profile.getOrganisationId()).orElse(null);
            if (organisation == null || wanted != null && !wanted.isBlank() && !wanted.equals(organisation.getCountry())
                    || division != null && !division.isBlank() && !division.equals(organisation.getDivision())) {
                continue;
            }
            var own = progress.facts(profile.getId());
            facts.add(own);
            for (var fact : own) {
                if (first == null || fact.assessedOn().isBefore(first)) {
                    first = fact.assessedOn();
                }
            }
        }
        var periods = new ArrayList<String>();
        var ends = new ArrayList<java.time.LocalDate>();
        if (first != null) {
            var today = java.time.LocalDate.now(clock);
            var end = halfYearEnd(today);
            while (ends.size() < MAX_PERIODS && !end.isBefore(first)) {
                ends.add(0, end);
                end = halfYearEnd(end.minusMonths(6));
            }
            ends.forEach(e -> periods.add(e.getYear() + (e.getMonthValue() == 6 ? "-H1" : "-H2")));
        }
        var levels = new LinkedHashMap<String, Map<String, Map<String, Integer>>>();
        for (var criterion : criteria) {
            var byPeriod = new LinkedHashMap<String, Map<String, Integer>>();
            for (var period : periods) {
                var counts = new LinkedHashMap<String, Integer>();
                counts.put(NONE, 0);
                for (var level : ProgressLevel.values()) {
                    counts.put(level.name(), 0);
                }
                byPeriod.put(period, counts);
            }
            levels.put(criterion.getCode(), byPeriod);
        }
        for (var own : facts) {
            for (int i = 0; i < ends.size(); i++) {
                var end = ends.get(i);
                var verified = VerifiedLevels.of(own.stream().filter(f -> !f.assessedOn().isAfter(end)).toList());
                for (var criterion : criteria) {
                    var level = verified.get(criterion.getId());
                    levels.get(criterion.getCode()).get(periods.get(i))
                            .merge(level == null ? NONE : level.level().name(), 1, Integer::sum);
                }
            }
        }
        return new OverTime(List.copyOf(periods), List.copyOf(criteria), levels);
    }

    /**
     * Land rehabilitation by country and division (sorted by country, then division, none last) of the producers
     * the actor may read here ({@link #figures}'s): only producers with at least one commitment make a row.
     */
    public List<LandPlace> land(Actor actor, String country, String division) {
        if (!maySee(actor)) {
            throw new ProducerAccessDenied("read the programme dashboard");
        }
        var wanted = actor.has(Role.INSPECTOR) && !actor.has(Role.ADMIN) ? actor.jurisdictionCountry() : country;
        var places = new TreeMap<String, LandPlace>();
        // One query per table for every producer in scope, not a few per producer.
        var all = profiles.findAllByOrderByIdAsc();
        var organisationsById = new java.util.HashMap<Long, org.orepass.organisation.Organisation>();
        organisations.findAllById(all.stream().map(ProducerProfile::getOrganisationId)
                .collect(java.util.stream.Collectors.toSet())).forEach(o -> organisationsById.put(o.getId(), o));
        var inScope = new java.util.LinkedHashMap<Long, org.orepass.organisation.Organisation>();
        for (var profile : all) {
            var organisation = organisationsById.get(profile.getOrganisationId());
            if (organisation == null || wanted != null && !wanted.isBlank() && !wanted.equals(organisation.getCountry())
                    || division != null && !division.isBlank() && !division.equals(organisation.getDivision())) {
                continue;
            }
            inScope.put(profile.getId(), organisation);
        }
        var standingsBy = rehabilitation.standings(inScope.keySet());
        for (var entry : inScope.entrySet()) {
            var organisation = entry.getValue();
            var standings = standingsBy.getOrDefault(entry.getKey(), List.of());
            if (standings.isEmpty()) {
                continue;
            }
            var promised = BigDecimal.ZERO;
            var verified = BigDecimal.ZERO;
            for (var standing : standings) {
                promised = promised.add(standing.commitment().getAreaHa().value());
                verified = verified.add(standing.verifiedHa().value());
            }
            var own = new LandPlace(organisation.getCountry(), organisation.getDivision(), 1, standings.size(),
                    promised, verified);
            // "~" sorts after every division code: producers without a division come last in their country.
            var key = organisation.getCountry() + "|" + (organisation.getDivision() == null ? "~"
                    : organisation.getDivision());
            places.merge(key, own, (a, b) -> new LandPlace(a.country(), a.division(), a.producers() + b.producers(),
                    a.commitments() + b.commitments(), a.promisedHa().add(b.promisedHa()),
                    a.verifiedHa().add(b.verifiedHa())));
        }
        return List.copyOf(places.values());
    }

    /** The last day of the half-year holding this day: 30 June or 31 December. */
    static java.time.LocalDate halfYearEnd(java.time.LocalDate day) {
        return day.getMonthValue() <= 6 ? java.time.LocalDate.of(day.getYear(), 6, 30)
                : java.time.LocalDate.of(day.getYear(), 12, 31);
    }
}
