package org.orepass.savings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.orepass.account.Actor;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.savings.internal.SavingsStore;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.Money;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.RuleChecks;
import org.orepass.shared.StaleEditException;
import org.orepass.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door to savings groups for every channel: registering a group, its members and constitution, recording a
 * meeting, reversing an entry, sharing out. Each use case checks {@link SavingsAccess}, applies the rules of
 * {@link CycleBook} to the cycle's whole ledger and writes an audit entry.
 */
@Service
@Transactional
public class SavingsGroups {

    public static final int MAX_NAME = 120;
    public static final int MAX_NOTE = 200;
    public static final int MAX_MEMBERS = 60;
    /** The message of a second meeting of a cycle on a day already recorded (argument: that meeting's number). */
    public static final String SAME_DAY = "savings.meeting.same-day";

    private final SavingsStore store;
    private final Organisations organisations;
    private final Clock clock;

    public SavingsGroups(SavingsStore store, Organisations organisations, Clock clock) {
        this.store = store;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** A group as its page shows it: members, cycles, the open cycle's meetings and its book replayed. */
    public record GroupView(SavingsGroup group, List<GroupMember> members, List<Cycle> cycles, Optional<Cycle> open,
            List<Meeting> meetings, CycleBook book, boolean mayRecord) {
    }

    @Transactional(readOnly = true)
    public List<SavingsGroup> visibleTo(Actor actor) {
        return store.groups().stream().filter(g -> SavingsAccess.mayRead(actor, g)).toList();
    }

    /**
     * Registers a group of a producer organisation (a cooperative or mine operator) or of a community (a name),
     * supported by a CSO, with the currency it saves in.
     */
    public SavingsGroup register(Actor actor, String name, Long organisationId, String community, Long csoId,
            String currency) {
        var checks = new RuleChecks();
        var cleanName = clean(name);
        var cleanCommunity = clean(community);
        checks.refuseIf(cleanName == null, "name", "validation.required");
        checks.refuseIf(cleanName != null && cleanName.length() > MAX_NAME, "name", "validation.too-long", MAX_NAME);
        checks.refuseIf(organisationId == null && cleanCommunity == null, "community",
                "savings.group.owner.required");
        checks.refuseIf(cleanCommunity != null && cleanCommunity.length() > MAX_NAME, "community",
                "validation.too-long", MAX_NAME);
        if (organisationId != null) {
            var organisation = organisations.findById(organisationId).orElse(null);
            checks.refuseIf(organisation == null || !producer(organisation.getType()), "organisationId",
                    "savings.group.organisation.producer");
        }
        checks.refuseIf(csoId == null, "csoId", "validation.required");
        if (csoId != null) {
            var cso = organisations.findById(csoId).orElse(null);
            checks.refuseIf(cso == null || cso.getType() != OrganisationType.CSO, "csoId",
                    "savings.group.cso.invalid");
        }
        var code = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
        checks.refuseIf(!Money.isCurrency(code), "currency", "money.currency");
        checks.throwIfAny();
        if (!SavingsAccess.mayRegister(actor, csoId)) {
            throw new SavingsAccessDenied("register a savings group for this CSO");
        }
        long id = store.addGroup(cleanName, organisationId, organisationId == null ? cleanCommunity : null, csoId,
                code);
        store.audit(actor.username(), "SavingsGroup", String.valueOf(id), json("name", cleanName, "organisationId",
                organisationId, "community", cleanCommunity, "csoId", csoId, "currency", code));
        return store.group(id).orElseThrow();
    }

    static boolean producer(OrganisationType type) {
        return type == OrganisationType.COOPERATIVE || type == OrganisationType.MINE_OPERATOR;
    }

    /**
     * The programme view: the groups a CSO monitor's CSO supports (every group for administrators and auditors),
     * each with the figures of its current or last cycle, and the same by members' sex.
     */
    @Transactional(readOnly = true)
    public ProgrammeFigures programme(Actor actor) {
        if (!SavingsAccess.mayReadProgramme(actor)) {
            throw new SavingsAccessDenied("read the savings programme");
        }
        var books = store.groups().stream().filter(g -> SavingsAccess.inProgramme(actor, g)).map(group -> {
            var view = viewOf(actor, group);
            return new ProgrammeFigures.GroupBook(group, view.members(), view.book());
        }).toList();
        return ProgrammeFigures.of(books, LocalDate.now(clock));
    }

    /**
     * The groups whose meetings the actor records and that have an open cycle: the meeting forms the offline page
     * offers to keep on the phone (docs/offline.md).
     */
    @Transactional(readOnly = true)
    public List<SavingsGroup> meetingFormsFor(Actor actor) {
        return store.groups().stream().filter(group -> SavingsAccess.mayRecord(actor, group))
                .filter(group -> store.cycles(group.id()).stream().anyMatch(Cycle::open)).toList();
    }

    @Transactional(readOnly = true)
    public GroupView view(Actor actor, long groupId) {
        var group = readable(actor, groupId);
        return viewOf(actor, group);
    }

    private GroupView viewOf(Actor actor, SavingsGroup group) {
        var cycles = store.cycles(group.id());
        var open = cycles.stream().filter(Cycle::open).findFirst();
        var shown = open.or(() -> cycles.isEmpty() ? Optional.empty() : Optional.of(cycles.get(cycles.size() - 1)));
        var meetings = shown.map(c -> store.meetings(c.id())).orElse(List.of());
        var book = shown.map(c -> CycleBook.replay(c.constitution(), store.entries(c.id()))).orElse(null);
        return new GroupView(group, store.members(group.id()), cycles, open, meetings, book,
                SavingsAccess.mayRecord(actor, group));
    }

    @Transactional(readOnly = true)
    public List<SavingsStore.Written> ledger(Actor actor, long groupId, long cycleId) {
        var group = readable(actor, groupId);
        var cycle = store.cycles(group.id()).stream().filter(c -> c.id() == cycleId).findFirst()
                .orElseThrow(() -> new NotFoundException("Cycle", cycleId));
        return store.ledger(cycle.id());
    }

    /** Adds a member under the next number; a name, or none when the group keeps numbers only. */
    public GroupMember addMember(Actor actor, long groupId, String name, Sex sex, MemberRole role) {
        var group = recordable(actor, groupId);
        var cleanName = clean(name);
        var checks = new RuleChecks();
        checks.refuseIf(cleanName != null && cleanName.length() > MAX_NAME, "name", "validation.too-long", MAX_NAME);
        checks.refuseIf(sex == null, "sex", "validation.required");
        checks.refuseIf(role == null, "role", "validation.required");
        checks.throwIfAny();
        store.lockGroup(groupId);
        var members = store.members(groupId).stream().filter(GroupMember::active).toList();
        if (members.size() >= MAX_MEMBERS) {
            throw new DomainRuleViolation(null, "savings.member.too-many", MAX_MEMBERS);
        }
        long id = store.addMember(group.id(), cleanName, sex, role);
        store.audit(actor.username(), "SavingsMember", String.valueOf(id), json("groupId", groupId, "name",
                cleanName, "sex", sex, "role", role));
        return store.members(groupId).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    /** What {@link #removeMember} did: deleted (nothing in the books) or marked left (kept with its history). */
    public enum Removal {
        DELETED, LEFT
    }

    public static final int MAX_NUMBER = 999;

    /**
     * Changes a member's number, name (none: the number alone), sex and office, if nobody changed the member since
     * the form was read ({@code version}; {@link StaleEditException} otherwise). A number is the member's only
     * name in a numbers-only group, so it stays unique in the group (1..{@value #MAX_NUMBER}).
     */
    public GroupMember editMember(Actor actor, long groupId, long memberId, long version, Integer number,
            String name, Sex sex, MemberRole role) {
        recordable(actor, groupId);
        var cleanName = clean(name);
        var checks = new RuleChecks();
        checks.refuseIf(number == null, "number", "validation.required");
        checks.refuseIf(number != null && (number < 1 || number > MAX_NUMBER), "number", "savings.member.number.range",
                MAX_NUMBER);
        checks.refuseIf(cleanName != null && cleanName.length() > MAX_NAME, "name", "validation.too-long", MAX_NAME);
        checks.refuseIf(sex == null, "sex", "validation.required");
        checks.refuseIf(role == null, "role", "validation.required");
        checks.throwIfAny();
        store.lockGroup(groupId);
        var members = store.members(groupId);
        var member = memberOf(members, memberId);
        if (members.stream().anyMatch(m -> m.id() != memberId && m.number() == number)) {
            throw new DomainRuleViolation("number", "savings.member.number.taken", number);
        }
        if (member.version() != version || !store.updateMember(memberId, version, number, cleanName, sex, role)) {
            throw new StaleEditException("SavingsMember", memberId);
        }
        store.auditChange(actor.username(), "SavingsMember", String.valueOf(memberId), "UPDATE", changes(
                "number", member.number(), number, "name", member.name(), cleanName, "sex", member.sex(), sex,
                "role", member.role(), role));
        return store.members(groupId).stream().filter(m -> m.id() == memberId).findFirst().orElseThrow();
    }

    /**
     * Takes a member out of the group. A member with nothing in the books (no entry, no attendance, in any cycle)
     * is deleted; any other is never deleted but marked left today, so the ledger and the share-out keep their
     * line. Refused while the member owes on a loan of the open cycle ({@code savings.member.left.owes}); a
     * version conflict as for an edit.
     */
    public Removal removeMember(Actor actor, long groupId, long memberId, long version) {
        var group = recordable(actor, groupId);
        store.lockGroup(groupId);
        var member = memberOf(store.members(groupId), memberId);
        if (member.version() != version) {
            throw new StaleEditException("SavingsMember", memberId);
        }
        if (!member.active()) {
            throw new DomainRuleViolation(null, "savings.member.left.already");
        }
        if (!store.hasRecords(memberId)) {
            if (!store.deleteMember(memberId, version)) {
                throw new StaleEditException("SavingsMember", memberId);
            }
            store.auditChange(actor.username(), "SavingsMember", String.valueOf(memberId), "DELETE", changes(
                    "groupId", groupId, null, "number", member.number(), null, "name", member.name(), null, "sex",
                    member.sex(), null, "role", member.role(), null));
            return Removal.DELETED;
        }
        var open = store.cycles(groupId).stream().filter(Cycle::open).findFirst();
        if (open.isPresent()) {
            var book = CycleBook.replay(open.get().constitution(), store.entries(open.get().id()));
            if (book.positions().containsKey(memberId) && book.position(memberId).loanOpen()) {
                throw new DomainRuleViolation(null, "savings.member.left.owes",
                        CycleBook.money(book.position(memberId).owed(), group.currency()));
            }
        }
        var today = LocalDate.now(clock);
        if (!store.markLeft(memberId, version, today)) {
            throw new StaleEditException("SavingsMember", memberId);
        }
        store.auditChange(actor.username(), "SavingsMember", String.valueOf(memberId), "UPDATE", changes("leftOn",
                null, today));
        return Removal.LEFT;
    }

    /**
     * Brings back a member who left (marked active again, under the same number, with their history): refused for
     * a member still in the group ({@code savings.member.back.active}) or when the group already has
     * {@value #MAX_MEMBERS} members; a version conflict as for an edit. Audited as the day left cleared.
     */
    public GroupMember reinstateMember(Actor actor, long groupId, long memberId, long version) {
        recordable(actor, groupId);
        store.lockGroup(groupId);
        var members = store.members(groupId);
        var member = memberOf(members, memberId);
        if (member.version() != version) {
            throw new StaleEditException("SavingsMember", memberId);
        }
        if (member.active()) {
            throw new DomainRuleViolation(null, "savings.member.back.active");
        }
        if (members.stream().filter(GroupMember::active).count() >= MAX_MEMBERS) {
            throw new DomainRuleViolation(null, "savings.member.too-many", MAX_MEMBERS);
        }
        if (!store.markActive(memberId, version)) {
            throw new StaleEditException("SavingsMember", memberId);
        }
        store.auditChange(actor.username(), "SavingsMember", String.valueOf(memberId), "UPDATE", changes("leftOn",
                member.leftOn(), null));
        return store.members(groupId).stream().filter(m -> m.id() == memberId).findFirst().orElseThrow();
    }

    private static GroupMember memberOf(List<GroupMember> members, long memberId) {
        return members.stream().filter(m -> m.id() == memberId).findFirst()
                .orElseThrow(() -> new NotFoundException("SavingsMember", memberId));
    }

    /**
     * Sets the constitution: starts a cycle on {@code startOn} when none is open, or changes the open cycle's while
     * no meeting is recorded ({@code savings.constitution.fixed} after).
     */
    public Cycle constitute(Actor actor, long groupId, Constitution constitution, LocalDate startOn) {
        var group = recordable(actor, groupId);
        if (startOn == null) {
            throw new DomainRuleViolation("startOn", "validation.required");
        }
        var today = LocalDate.now(clock);
        if (startOn.isAfter(today.plusMonths(3)) || startOn.isBefore(today.minusYears(2))) {
            throw new DomainRuleViolation("startOn", "savings.date.range");
        }
        store.lockGroup(groupId);
        var cycles = store.cycles(groupId);
        var open = cycles.stream().filter(Cycle::open).findFirst();
        long cycleId;
        if (open.isPresent()) {
            if (!store.meetings(open.get().id()).isEmpty()) {
                throw new DomainRuleViolation(null, "savings.constitution.fixed");
            }
            cycleId = open.get().id();
            store.changeConstitution(cycleId, startOn, constitution);
        } else {
            var last = cycles.isEmpty() ? null : cycles.get(cycles.size() - 1);
            if (last != null && startOn.isBefore(last.sharedOutOn())) {
                throw new DomainRuleViolation("startOn", "savings.cycle.overlap");
            }
            cycleId = store.startCycle(group.id(), startOn, constitution);
        }
        store.audit(actor.username(), "SavingsCycle", String.valueOf(cycleId), json("groupId", groupId, "startedOn",
                startOn, "shareValue", constitution.shareValue(), "minShares", constitution.minShares(),
                "maxShares", constitution.maxShares(), "serviceChargePercent", constitution.serviceChargePercent(),
                "chargeMethod", constitution.chargeMethod(), "maxLoanMultiple", constitution.maxLoanMultiple(),
                "socialFundContribution", constitution.socialFundContribution(), "fine", constitution.fine(),
                "cycleMonths", constitution.cycleMonths()));
        return store.cycles(groupId).stream().filter(c -> c.id() == cycleId).findFirst().orElseThrow();
    }

    /**
     * Records a meeting of the open cycle: attendance and each member's line, written as ledger entries after the
     * service charges due that day. The day is within the cycle, not before the last meeting, not in the future.
     */
    public Meeting recordMeeting(Actor actor, long groupId, LocalDate heldOn, List<MeetingLine> lines) {
        var group = recordable(actor, groupId);
        store.lockGroup(groupId);
        var cycle = openCycle(groupId);
        if (heldOn == null) {
            throw new DomainRuleViolation("heldOn", "validation.required");
        }
        var meetings = store.meetings(cycle.id());
        var last = meetings.isEmpty() ? null : meetings.get(meetings.size() - 1).heldOn();
        if (heldOn.isAfter(LocalDate.now(clock)) || heldOn.isBefore(cycle.startedOn())
                || (last != null && heldOn.isBefore(last))) {
            throw new DomainRuleViolation("heldOn", "savings.meeting.date", cycle.startedOn().toString(),
                    last == null ? cycle.startedOn().toString() : last.toString());
        }
        // Two recorders may each enter the same meeting (one of them offline, each with its own key): a group meets
        // once a day, so a second meeting on a day already recorded is refused by its date; a recorder who really
        // needs to correct the first one reverses its entries on the ledger. The database's unique index
        // (savings_meeting_one_a_day, V111) refuses it too, with the same words (JdbcSavingsStore).
        var sameDay = meetings.stream().filter(m -> m.heldOn().equals(heldOn)).findFirst();
        if (sameDay.isPresent()) {
            throw new DomainRuleViolation("heldOn", SAME_DAY, sameDay.get().number());
        }
        var memberIds = new HashSet<Long>();
        var left = new HashSet<Long>();
        for (var member : store.members(groupId)) {
            memberIds.add(member.id());
            if (!member.active() && !member.leftOn().isAfter(heldOn)) {
                left.add(member.id());
            }
        }
        var present = new HashSet<Long>();
        var checks = new RuleChecks();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (!memberIds.contains(line.memberId())) {
                throw new NotFoundException("SavingsMember", line.memberId());
            }
            // A form kept on a phone may still have the line of a member who left since: nothing may be written
            // for them (refused by the line), and their presence is not counted.
            checks.refuseIf(left.contains(line.memberId()) && writesAnything(line), "lines[" + i + "].shares",
                    "savings.member.left.line");
            if (line.present() && !left.contains(line.memberId())) {
                present.add(line.memberId());
            }
        }
        checks.throwIfAny();
        var book = CycleBook.replay(cycle.constitution(), store.entries(cycle.id()));
        var entries = book.record(heldOn, lines, group.currency());
        long meetingId = store.addMeeting(cycle.id(), heldOn, present, actor.username());
        var written = store.append(cycle.id(), meetingId, entries, actor.username(), null);
        var in = BigDecimal.ZERO;
        var out = BigDecimal.ZERO;
        for (var entry : written) {
            if (entry.kind().cashSign() > 0) {
                in = in.add(entry.amount());
            } else if (entry.kind().cashSign() < 0) {
                out = out.add(entry.amount());
            }
        }
        store.audit(actor.username(), "SavingsMeeting", String.valueOf(meetingId), json("cycleId", cycle.id(),
                "heldOn", heldOn, "present", present.size(), "entries", written.size(), "cashIn", in, "cashOut",
                out));
        return store.meetings(cycle.id()).stream().filter(m -> m.id() == meetingId).findFirst().orElseThrow();
    }

    private static boolean writesAnything(MeetingLine line) {
        return line.sharesOrZero() > 0 || line.socialFund() || positive(line.fine()) || positive(line.repayment())
                || positive(line.loan()) || positive(line.grant());
    }

    private static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }

    /** Corrects the open cycle's ledger by reversing one entry (with a reason), if the rules still hold after. */
    public Entry reverse(Actor actor, long groupId, long entryId, String reason) {
        recordable(actor, groupId);
        var note = clean(reason);
        var checks = new RuleChecks();
        checks.refuseIf(note == null, "reason", "validation.required");
        checks.refuseIf(note != null && note.length() > MAX_NOTE, "reason", "validation.too-long", MAX_NOTE);
        checks.throwIfAny();
        store.lockGroup(groupId);
        var cycle = openCycle(groupId);
        var entries = store.entries(cycle.id());
        var original = entries.stream().filter(e -> e.id() == entryId).findFirst()
                .orElseThrow(() -> new NotFoundException("SavingsEntry", entryId));
        var book = CycleBook.replay(cycle.constitution(), entries);
        var reversal = new Entry(0, original.memberId(), EntryKind.REVERSAL, original.amount(), 0,
                LocalDate.now(clock), original.id());
        book.apply(reversal);
        var written = store.append(cycle.id(), null, List.of(reversal), actor.username(), note).get(0);
        store.audit(actor.username(), "SavingsEntry", String.valueOf(written.id()), json("reverses", entryId,
                "kind", original.kind(), "amount", original.amount(), "reason", note));
        return written;
    }

    /** The share-out the open (or last) cycle would give now, in member-number order. */
    @Transactional(readOnly = true)
    public ShareOut shareOut(Actor actor, long groupId) {
        var view = view(actor, groupId);
        if (view.book() == null) {
            throw new DomainRuleViolation(null, "savings.cycle.none");
        }
        return ShareOut.of(view.book(), view.members().stream().map(GroupMember::id).toList());
    }

    /** Shares out the open cycle and closes it (no entry is written after); the share-out, as computed. */
    public ShareOut closeCycle(Actor actor, long groupId) {
        recordable(actor, groupId);
        store.lockGroup(groupId);
        var cycle = openCycle(groupId);
        var book = CycleBook.replay(cycle.constitution(), store.entries(cycle.id()));
        var shareOut = ShareOut.of(book, store.members(groupId).stream().map(GroupMember::id).toList());
        var on = LocalDate.now(clock);
        store.closeCycle(cycle.id(), on.isBefore(cycle.startedOn()) ? cycle.startedOn() : on);
        store.audit(actor.username(), "SavingsCycle", String.valueOf(cycle.id()), json("sharedOutOn", on,
                "loanFund", shareOut.cash(), "shares", shareOut.totalShares(), "shareValue", shareOut.shareValue(),
                "socialFundKept", shareOut.socialFundKept()));
        return shareOut;
    }

    private Cycle openCycle(long groupId) {
        return store.cycles(groupId).stream().filter(Cycle::open).findFirst()
                .orElseThrow(() -> new DomainRuleViolation(null, "savings.cycle.none"));
    }

    private SavingsGroup readable(Actor actor, long groupId) {
        var group = store.group(groupId).orElseThrow(() -> new NotFoundException("SavingsGroup", groupId));
        if (!SavingsAccess.mayRead(actor, group)) {
            throw new SavingsAccessDenied("read savings group " + groupId);
        }
        return group;
    }

    private SavingsGroup recordable(Actor actor, long groupId) {
        var group = store.group(groupId).orElseThrow(() -> new NotFoundException("SavingsGroup", groupId));
        if (!SavingsAccess.mayRecord(actor, group)) {
            throw new SavingsAccessDenied("record for savings group " + groupId);
        }
        return group;
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        var stripped = Text.clean(text).strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** A flat JSON object of the pairs given (values as strings; nulls left out). */
    static String json(Object... pairs) {
        var out = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                continue;
            }
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(pairs[i]).append("\":\"").append(escape(String.valueOf(pairs[i + 1])))
                    .append('"');
        }
        return out.append('}').toString();
    }

    /**
     * The changed fields of triples (field, old, new) as the audit trail keeps them,
     * {@code {"field": {"old": "..", "new": ".."}}}; a field whose value did not change is left out.
     */
    static String changes(Object... triples) {
        var out = new StringBuilder("{");
        for (int i = 0; i < triples.length; i += 3) {
            var old = triples[i + 1] == null ? null : String.valueOf(triples[i + 1]);
            var now = triples[i + 2] == null ? null : String.valueOf(triples[i + 2]);
            if (java.util.Objects.equals(old, now)) {
                continue;
            }
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(triples[i]).append("\":{\"old\":").append(quoted(old)).append(",\"new\":")
                    .append(quoted(now)).append('}');
        }
        return out.append('}').toString();
    }

    private static String quoted(String text) {
        return text == null ? "null" : '"' + escape(text) + '"';
    }

    private static String escape(String text) {
        var out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
