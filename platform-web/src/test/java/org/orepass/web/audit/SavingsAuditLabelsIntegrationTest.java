package org.orepass.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.audit.AuditedFields;
import org.orepass.organisation.OrganisationType;
import org.orepass.savings.ChargeMethod;
import org.orepass.savings.Constitution;
import org.orepass.savings.EquipmentFinance;
import org.orepass.savings.GroupMember;
import org.orepass.savings.MeetingLine;
import org.orepass.savings.MemberRole;
import org.orepass.savings.SavingsAudited;
import org.orepass.savings.SavingsGroups;
import org.orepass.savings.Sex;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The savings groups and equipment loans write their audit entries in plain SQL, out of Hibernate's sight, so
 * {@link AuditLabelsIntegrationTest} cannot list their fields from the metamodel. Here every savings write is
 * performed, the audit rows it left are read back, and every record type and field they name must be declared
 * ({@link SavingsAudited}) and have words in the four languages; an enum value is shown as the pages show it.
 */
@PlatformTest
class SavingsAuditLabelsIntegrationTest {

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    SavingsGroups groups;

    @Autowired
    EquipmentFinance finance;

    @Autowired
    AuditedFields auditedFields;

    @Autowired
    AuditLabels auditLabels;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void everyFieldASavingsWriteAuditsIsDeclaredAndHasWordsInEveryLanguage() throws Exception {
        var cso = fixtures.organisation(OrganisationType.CSO);
        var cooperative = fixtures.organisation(OrganisationType.COOPERATIVE);
        var monitor = fixtures.memberOf(cso.getId(), Role.CSO_MONITOR).actor();
        var recorder = fixtures.memberOf(cooperative.getId(), Role.OPERATOR).actor();
        var today = LocalDate.now(clock);
        var start = today.minusDays(60);
        // Every write of the savings feature and of equipment finance.
        var group = groups.register(monitor, AccountFixtures.unique("Audited group"), cooperative.getId(), null,
                cso.getId(), "UGX");
        var community = groups.register(monitor, AccountFixtures.unique("Audited community group"), null,
                "Kamituga", cso.getId(), "KES");
        for (int i = 0; i < 3; i++) {
            groups.addMember(recorder, group.id(), "Member " + i, i == 0 ? Sex.MALE : Sex.FEMALE, MemberRole.MEMBER);
        }
        groups.addMember(monitor, community.id(), null, Sex.FEMALE, MemberRole.CHAIR);
        var members = groups.view(recorder, group.id()).members();
        groups.editMember(recorder, group.id(), members.get(0).id(), 0, 7, "Amina", Sex.FEMALE, MemberRole.TREASURER);
        groups.constitute(recorder, group.id(), new Constitution(new BigDecimal("1000"), 1, 5, new BigDecimal("10"),
                ChargeMethod.DECLINING, 3, new BigDecimal("200"), new BigDecimal("500"), 12), start);
        groups.recordMeeting(recorder, group.id(), start.plusDays(7), List.of(
                new MeetingLine(members.get(0).id(), true, 2, true, null, null, null, null),
                new MeetingLine(members.get(1).id(), true, 1, true, new BigDecimal("500"), null, null, null),
                new MeetingLine(members.get(2).id(), false, null, false, null, null, null, null)));
        var cycle = groups.view(recorder, group.id()).open().orElseThrow();
        var fine = groups.ledger(recorder, group.id(), cycle.id()).stream()
                .filter(w -> w.entry().kind() == org.orepass.savings.EntryKind.FINE).findFirst().orElseThrow();
        groups.reverse(recorder, group.id(), fine.entry().id(), "Typed twice");
        var left = member(group.id(), members.get(1).id(), recorder);
        groups.removeMember(recorder, group.id(), left.id(), left.version());
        groups.reinstateMember(recorder, group.id(), left.id(), left.version() + 1);
        var newcomer = groups.addMember(recorder, group.id(), "Added by mistake", Sex.MALE, MemberRole.MEMBER);
        groups.removeMember(recorder, group.id(), newcomer.id(), newcomer.version());
        groups.closeCycle(recorder, group.id());
        var loan = finance.lend(monitor, null, cooperative.getId(), "Shaking table", new BigDecimal("1200"), "USD",
                new BigDecimal("12"), 12, today.minusMonths(3), today.minusMonths(2));
        finance.repay(monitor, loan.id(), today, new BigDecimal("100"));

        // What the trail holds of them: record types and the fields each entry names.
        var written = new TreeMap<String, TreeSet<String>>();
        jdbc.query("select entity_type, jsonb_object_keys(changes) from audit_entry where actor in (?, ?)",
                rs -> {
                    var entity = rs.getString(1);
                    if (entity.startsWith("Savings") || entity.startsWith("Equipment")) {
                        written.computeIfAbsent(entity, any -> new TreeSet<>()).add(rs.getString(2));
                    }
                }, monitor.username(), recorder.username());
        var declared = new SavingsAudited().fields();
        assertThat(written.keySet()).as("every savings record type was written")
                .containsExactlyInAnyOrderElementsOf(declared.keySet());
        assertThat(written.get("SavingsMember")).contains("leftOn", "number", "sex", "role", "groupId", "name");
        assertThat(written.get("SavingsCycle")).contains("chargeMethod", "sharedOutOn", "loanFund");
        var all = auditedFields.all();
        written.forEach((entity, fields) -> {
            assertThat(all).as("the audit trail knows %s", entity).containsKey(entity);
            assertThat(all.get(entity).keySet()).as("fields of %s declared in SavingsAudited", entity)
                    .containsAll(fields);
        });
        for (var language : AuditLabelsIntegrationTest.LANGUAGES) {
            var bundle = AuditLabelsIntegrationTest.bundle(language);
            var used = new TreeMap<String, Map<String, Class<?>>>();
            written.forEach((entity, fields) -> {
                var types = new TreeMap<String, Class<?>>();
                fields.forEach(field -> types.put(field, all.get(entity).get(field)));
                used.put(entity, types);
            });
            assertThat(AuditLabelsIntegrationTest.missing(used, bundle))
                    .as("savings audit labels missing in %s (i18n/audit*.properties)", language).isEmpty();
            assertThat(AuditLabelsIntegrationTest.missing(declared, bundle))
                    .as("labels of SavingsAudited missing in %s", language).isEmpty();
        }
        // As the audit pages show them: the field's words, an enum constant as the pages name it, a day.
        try {
            LocaleContextHolder.setLocale(Locale.FRENCH);
            assertThat(auditLabels.field("SavingsMember", "leftOn")).isEqualTo("A quitté le groupe le");
            assertThat(auditLabels.entity("SavingsMeeting")).isEqualTo("Réunion d’un groupe d’épargne");
            assertThat(auditLabels.value("SavingsMember", "sex", "FEMALE")).isEqualTo("Femme");
            assertThat(auditLabels.value("SavingsCycle", "chargeMethod", "DECLINING")).isNotEqualTo("DECLINING");
            assertThat(auditLabels.value("SavingsEntry", "kind", "FINE")).isNotEqualTo("FINE");
            LocaleContextHolder.setLocale(Locale.forLanguageTag("sw"));
            assertThat(auditLabels.field("SavingsMember", "leftOn")).isEqualTo("Aliondoka kwenye kikundi tarehe");
            assertThat(auditLabels.value("SavingsMember", "role", "TREASURER")).isNotEqualTo("TREASURER");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** The check itself: a field written to the trail that no bundle names is reported. */
    @Test
    void aSavingsFieldWithoutWordsIsFound() throws Exception {
        var fields = Map.<String, Map<String, Class<?>>>of("SavingsMember", Map.of("leftOn", LocalDate.class,
                "nickname", String.class));
        assertThat(AuditLabelsIntegrationTest.missing(fields, AuditLabelsIntegrationTest.bundle("fr")))
                .containsExactly("audit.field.nickname (SavingsMember)");
    }

    private GroupMember member(long groupId, long memberId, org.orepass.account.Actor actor) {
        return groups.view(actor, groupId).members().stream().filter(m -> m.id() == memberId).findFirst()
                .orElseThrow();
    }
}
