package org.orepass.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.account.AccountAdministration;
import org.orepass.account.Role;
import org.orepass.account.SignInRecording;
import org.orepass.account.UserDetails;
import org.orepass.audit.AuditAction;
import org.orepass.audit.AuditSearch;
import org.orepass.audit.AuditTrail;
import org.orepass.audit.internal.FieldChange;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.persistence.testing.PersistenceTestApplication;
import org.orepass.persistence.testing.TestDatabase;
import org.orepass.shared.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/** The audit trail is written by itself, field by field, and the database refuses to rewrite it. */
@SpringBootTest(classes = PersistenceTestApplication.class, properties = "orepass.embedded-database.enabled=false")
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class AuditRecorderPersistenceTest {

    @Autowired OrganisationAdministration organisations;
    @Autowired AccountAdministration accounts;
    @Autowired SignInRecording signIns;
    @Autowired AuditTrail auditTrail;
    @Autowired JdbcTemplate jdbc;

    private static OrganisationDetails details(String name, String address) {
        return new OrganisationDetails(name, OrganisationType.COOPERATIVE, "CD", "CD-SK", null, address, null, null,
                null);
    }

    @Test
    void createAndUpdateAreRecordedWithOldAndNewValues() {
        var name = "Coopérative \"Nyabibwe\" " + System.nanoTime();
        var organisation = organisations.register(details(name, "Kalehe\nSud-Kivu"));
        organisations.edit(organisation.getId(), organisation.getVersion(), details(name, "Nyabibwe"));

        var history = auditTrail.historyOf("Organisation", String.valueOf(organisation.getId()));
        assertThat(history).extracting(entry -> entry.action()).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(history.get(1).changes()).contains(new FieldChange("name", null, name));
        assertThat(history.get(0).changes()).contains(new FieldChange("address", "Kalehe\nSud-Kivu", "Nyabibwe"));
        assertThat(history.get(0).actor()).isEqualTo("system");
        assertThat(auditTrail.search(new AuditSearch(null, "Organisation", String.valueOf(organisation.getId()),
                AuditAction.UPDATE, null, null), PageQuery.first()).total()).isEqualTo(1);
    }

    @Test
    void roleChangesAreRecordedAndSecretsAndBookkeepingAreNot() {
        var organisation = organisations.register(details("Audit roles " + System.nanoTime(), null));
        var username = "audit-" + System.nanoTime();
        var account = accounts.open(new UserDetails(username, "A", null, organisation.getId(), Set.of(Role.OPERATOR),
                null, Set.of(), null), "temporary password");
        accounts.edit(account.getId(), account.getVersion(), new UserDetails(username, "A", null,
                organisation.getId(), Set.of(Role.OPERATOR, Role.EXPORTER), null, Set.of(), null));
        signIns.failed(username);
        signIns.succeeded(username);

        var history = auditTrail.historyOf("UserAccount", String.valueOf(account.getId()));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).changes()).contains(new FieldChange("roles", "OPERATOR", "EXPORTER, OPERATOR"));
        assertThat(history.get(1).changes()).contains(new FieldChange("passwordHash", null, FieldChange.REDACTED))
                .noneMatch(change -> change.field().equals("failedLogins"));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditEntries() {
        organisations.register(details("Append only " + System.nanoTime(), null));
        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'someone else'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry"))
                .hasMessageContaining("append-only");
    }
}
