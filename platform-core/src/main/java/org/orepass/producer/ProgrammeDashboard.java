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

    private final ProducerProfiles profiles;
    private final Organisations organisations;
    private final ProducerProgress progress;
    private final Producers producers;

    public ProgrammeDashboard(ProducerProfiles profiles, Organisations organisations, ProducerProgress progress,
            Producers producers) {
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
}
