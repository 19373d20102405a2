package org.orepass.web.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Random;
import java.util.Set;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.Organisations;
import org.orepass.savings.ChargeMethod;
import org.orepass.savings.Constitution;
import org.orepass.savings.EquipmentFinance;
import org.orepass.savings.MeetingLine;
import org.orepass.savings.MemberRole;
import org.orepass.savings.SavingsGroups;
import org.orepass.savings.Sex;
import org.springframework.stereotype.Component;

/**
 * Demo savings groups (issue 23): two groups supported by the demo CSO, each through a full cycle of fortnightly
 * meetings (shares, social fund, loans and their repayments, a few fines and a grant) and its share-out; the
 * community group has started its second cycle with one meeting, so the meeting form has a cycle to write in.
 * The CSO also lent the cooperative equipment (one instalment late). Recorded through {@link SavingsGroups} and
 * {@link EquipmentFinance} as the demo CSO monitor, so the demo meets every rule.
 */
@Component
class DemoSavings {

    static final String COOPERATIVE_GROUP = "Tujenge Pamoja Savings Group";
    static final String COMMUNITY_GROUP = "Kamituga Women Miners VSLA";
    private static final String[] NAMES = {"Grace", "Amina", "Esther", "Jane", "Sarah", "Mary", "Agnes", "Ruth",
        "Faith", "Joy", "Peace", "Rose", "Annet", "Harriet", "Juliet", "Immaculate", "Scovia", "Betty", "Janet",
        "Prossy", "John", "Moses", "Peter", "Samuel", "Joseph"};

    private final SavingsGroups groups;
    private final EquipmentFinance finance;
    private final Organisations organisations;
    private final Clock clock;

    DemoSavings(SavingsGroups groups, EquipmentFinance finance, Organisations organisations, Clock clock) {
        this.groups = groups;
        this.finance = finance;
        this.organisations = organisations;
        this.clock = clock;
    }

    boolean told(Actor cso) {
        return groups.visibleTo(cso).stream().anyMatch(g -> g.name().equals(COOPERATIVE_GROUP));
    }

    /** Once: both groups and their cycles (nothing when the demo organisations are missing). */
    void tell() {
        var cso = organisation("Mining Watch Great Lakes");
        var cooperative = organisation("Kisoro Tin Miners Cooperative");
        if (cso == null || cooperative == null) {
            return;
        }
        var monitor = new Actor("cso", cso.getId(), Set.of(Role.CSO_MONITOR), null, Set.of());
        if (told(monitor)) {
            return;
        }
        var today = LocalDate.now(clock);
        var first = groups.register(monitor, COOPERATIVE_GROUP, cooperative.getId(), null, cso.getId(), "UGX");
        cycle(monitor, first.id(), 25, today.minusMonths(12).minusDays(14), new Random(23), true);
        var second = groups.register(monitor, COMMUNITY_GROUP, null, "Kamituga", cso.getId(), "UGX");
        cycle(monitor, second.id(), 20, today.minusMonths(12).minusDays(7), new Random(24), false);
        groups.constitute(monitor, second.id(), constitution(ChargeMethod.DECLINING), today);
        var lines = new ArrayList<MeetingLine>();
        for (var member : groups.view(monitor, second.id()).members()) {
            lines.add(new MeetingLine(member.id(), true, 1 + (int) (member.number() % 3), true, null, null, null,
                    null));
        }
        groups.recordMeeting(monitor, second.id(), today, lines);
        // Equipment finance: the CSO lent the cooperative a mercury-free shaking table; one instalment is late.
        var loan = finance.lend(monitor, null, cooperative.getId(), "Mercury-free shaking table",
                new BigDecimal("6000000"), "UGX", new BigDecimal("18"), 12, today.minusMonths(5),
                today.minusMonths(4));
        for (var instalment : loan.schedule().instalments().subList(0, 3)) {
            finance.repay(monitor, loan.id(), instalment.dueOn(), instalment.amount());
        }
    }

    private void cycle(Actor monitor, long groupId, int size, LocalDate start, Random random, boolean flat) {
        for (int i = 0; i < size; i++) {
            var role = i == 0 ? MemberRole.CHAIR : i == 1 ? MemberRole.RECORDER : i == 2 ? MemberRole.TREASURER
                    : i < 6 ? MemberRole.KEY_HOLDER : MemberRole.MEMBER;
            groups.addMember(monitor, groupId, NAMES[i % NAMES.length] + " " + (char) ('A' + i % 26) + ".",
                    NAMES.length - i <= 5 ? Sex.MALE : Sex.FEMALE, role);
        }
        groups.constitute(monitor, groupId, constitution(flat ? ChargeMethod.FLAT : ChargeMethod.DECLINING), start);
        int meetings = 26;
        for (int m = 0; m < meetings; m++) {
            var on = start.plusDays(14L * m);
            var book = groups.view(monitor, groupId).book();
            book.dueCharges(on).forEach(book::apply);
            boolean last = m >= meetings - 2;
            var lines = new ArrayList<MeetingLine>();
            var fund = book.loanFund();
            for (var member : groups.view(monitor, groupId).members()) {
                var position = book.position(member.id());
                boolean present = random.nextInt(12) != 0;
                Integer shares = present ? 1 + random.nextInt(5) : null;
                BigDecimal repayment = null;
                if (position.loanOpen()) {
                    var part = position.principal().divide(BigDecimal.valueOf(3), 0, RoundingMode.UP)
                            .add(position.charges());
                    repayment = last || part.compareTo(position.owed()) >= 0 ? position.owed() : part;
                    repayment = present || last ? repayment : null;
                }
                BigDecimal loan = null;
                var savings = position.savings().add(BigDecimal.valueOf(1000L * (shares == null ? 0 : shares)));
                if (!last && m > 2 && present && !position.loanOpen() && random.nextInt(4) == 0) {
                    var wanted = savings.multiply(BigDecimal.valueOf(1 + random.nextInt(2)))
                            .min(fund.divide(BigDecimal.valueOf(3), 0, RoundingMode.DOWN))
                            .setScale(-3, RoundingMode.DOWN);
                    if (wanted.signum() > 0) {
                        loan = wanted;
                        fund = fund.subtract(wanted);
                    }
                }
                var fine = !present && !last ? null : random.nextInt(30) == 0 ? new BigDecimal("500") : null;
                BigDecimal grant = m == 10 && member.number() == 4 ? new BigDecimal("5000") : null;
                lines.add(new MeetingLine(member.id(), present, shares, present, fine, repayment, loan, grant));
            }
            groups.recordMeeting(monitor, groupId, on, lines);
        }
        groups.closeCycle(monitor, groupId);
    }

    private static Constitution constitution(ChargeMethod method) {
        return new Constitution(new BigDecimal("1000"), 1, 5, new BigDecimal("10"), method, 3, new BigDecimal("500"),
                new BigDecimal("500"), 12);
    }

    private Organisation organisation(String name) {
        return organisations.allActive().stream().filter(o -> o.getName().equals(name)).findFirst().orElse(null);
    }
}
