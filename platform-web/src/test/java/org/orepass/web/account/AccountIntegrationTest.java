package org.orepass.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.orepass.account.PasswordHasher;
import org.orepass.account.Role;
import org.orepass.account.UserAccounts;
import org.orepass.audit.AuditTrail;
import org.orepass.audit.internal.FieldChange;
import org.orepass.organisation.OrganisationType;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class AccountIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordHasher hasher;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    org.orepass.account.AccountAdministration administration;

    @Autowired
    org.orepass.organisation.OrganisationAdministration organisationAdministration;

    @Autowired
    org.orepass.organisation.Organisations organisations;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void theFirstAdministratorOfADeploymentComesFromConfigurationOnce() {
        var username = AccountFixtures.unique("root").toLowerCase();
        var organisationName = AccountFixtures.unique("Platform administration");
        var first = new FirstAdministrator(administration, organisationAdministration, organisations, accounts,
                transaction, username, "configured secret 1", organisationName, "RW", false);
        first.run(null);
        first.run(null); // a restart neither fails nor duplicates

        var admin = accounts.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.isMustChangePassword()).isTrue();
        assertThat(hasher.matches("configured secret 1", admin.getPasswordHash())).isTrue();
        assertThat(admin.getOrganisation().getName()).isEqualTo(organisationName);
        assertThat(admin.getOrganisation().getCountry()).isEqualTo("RW");
    }

    @Test
    void adminOpensAnInspectorAccountWithAJurisdiction() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var organisation = fixtures.organisation(OrganisationType.GOVERNMENT_AGENCY);
        var username = AccountFixtures.unique("insp").toLowerCase();
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("username", username).param("fullName", "Ruth Akello")
                        .param("organisationId", String.valueOf(organisation.getId()))
                        .param("roles", "INSPECTOR").param("jurisdictionCountry", "UG")
                        .param("jurisdictionDivisions", "ug-w, UG-N").param("password", "temporary password"))
                .andExpect(status().is3xxRedirection());
        var account = accounts.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(account.getRoles()).containsExactly(Role.INSPECTOR);
        assertThat(account.getJurisdictionDivisions()).containsExactlyInAnyOrder("UG-W", "UG-N");
        assertThat(account.isMustChangePassword()).isTrue();
        assertThat(hasher.matches("temporary password", account.getPasswordHash())).isTrue();
        assertThat(account.getPasswordHash()).doesNotContain("temporary");
        // The hash never reaches the audit trail.
        var created = auditTrail.historyOf("UserAccount", String.valueOf(account.getId())).get(0);
        assertThat(created.changes()).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("passwordHash");
            assertThat(change.newValue()).isEqualTo(FieldChange.REDACTED);
        });
    }

    @Test
    void anInspectorWithoutCountryOrWithAForeignDivisionIsRefused() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var organisation = fixtures.organisation(OrganisationType.GOVERNMENT_AGENCY);
        var request = post("/admin/users").with(user(admin)).with(csrf())
                .param("username", AccountFixtures.unique("x").toLowerCase()).param("fullName", "X")
                .param("organisationId", String.valueOf(organisation.getId())).param("roles", "INSPECTOR")
                .param("password", "temporary password");
        mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"jurisdictionCountry-error\"")));
        mvc.perform(request.param("jurisdictionCountry", "UG").param("jurisdictionDivisions", "CD-NK"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"jurisdictionDivisions-error\"")))
                .andExpect(content().string(containsString("value=\"CD-NK\"")));
    }

    @Test
    void aTakenUserNameAndAShortPasswordAreExplained() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var existing = fixtures.user(Role.AUDITOR);
        var organisation = fixtures.organisation(OrganisationType.AUDITOR);
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("username", existing.getUsername()).param("fullName", "Someone")
                        .param("organisationId", String.valueOf(organisation.getId())).param("roles", "AUDITOR")
                        .param("password", "long enough password"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("already taken")));
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("username", AccountFixtures.unique("new").toLowerCase()).param("fullName", "Someone")
                        .param("organisationId", String.valueOf(organisation.getId())).param("roles", "AUDITOR")
                        .param("password", "short"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("at least 10 characters")));
    }

    @Test
    void aResetPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var account = fixtures.user(Role.EXPORTER);
        mvc.perform(post("/admin/users/" + account.getId() + "/password").with(user(admin)).with(csrf())
                        .param("version", String.valueOf(account.getVersion())).param("password", "reset by admin 1"))
                .andExpect(status().is3xxRedirection());
        var reset = accounts.findById(account.getId()).orElseThrow();
        assertThat(reset.isMustChangePassword()).isTrue();

        var signedIn = SignedInUser.of(reset, false).withoutPassword();
        mvc.perform(get("/").with(user(signedIn))).andExpect(redirectedUrl("/profile/password"));
        mvc.perform(post("/profile/password").with(user(signedIn)).with(csrf())
                        .param("currentPassword", "reset by admin 1").param("newPassword", "my own new password")
                        .param("confirmPassword", "my own new password"))
                .andExpect(redirectedUrl("/profile"));
        var changed = accounts.findById(account.getId()).orElseThrow();
        assertThat(changed.isMustChangePassword()).isFalse();
        assertThat(hasher.matches("my own new password", changed.getPasswordHash())).isTrue();
    }

    @Test
    void passwordChangeChecksTheCurrentPasswordAndTheConfirmation() throws Exception {
        var account = fixtures.user(Role.CSO_MONITOR);
        var signedIn = SignedInUser.of(account, false).withoutPassword();
        mvc.perform(post("/profile/password").with(user(signedIn)).with(csrf())
                        .param("currentPassword", "not it").param("newPassword", "a brand new password")
                        .param("confirmPassword", "a brand new password"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"currentPassword-error\"")));
        mvc.perform(post("/profile/password").with(user(signedIn)).with(csrf())
                        .param("currentPassword", AccountFixtures.PASSWORD).param("newPassword", "a brand new password")
                        .param("confirmPassword", "a different password"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"confirmPassword-error\"")));
        assertThat(hasher.matches(AccountFixtures.PASSWORD,
                accounts.findById(account.getId()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void usersEditTheirOwnProfile() throws Exception {
        var account = fixtures.user(Role.OPERATOR);
        var signedIn = SignedInUser.of(account, false).withoutPassword();
        mvc.perform(post("/profile").with(user(signedIn)).with(csrf())
                        .param("fullName", "Grace Tumusiime").param("email", "grace@example.org")
                        .param("preferredLanguage", "sw").param("version", String.valueOf(account.getVersion())))
                .andExpect(redirectedUrl("/profile"));
        var saved = accounts.findById(account.getId()).orElseThrow();
        assertThat(saved.getFullName()).isEqualTo("Grace Tumusiime");
        assertThat(saved.getPreferredLanguage()).isEqualTo("sw");
    }
}
