package org.orepass.account;

import org.orepass.account.internal.PasswordPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.shared.DomainRuleViolation;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private final Organisation agency = Organisation.register(new OrganisationDetails("Ministry", OrganisationType.GOVERNMENT_AGENCY,
            "UG", null, null, null, null, null, null), NOW);

    private static UserDetails details(Set<Role> roles, String country, Set<String> divisions) {
        return new UserDetails("ruth", "Ruth Akello", "ruth@example.org", 1L, roles, country, divisions, "en");
    }

    @Test
    void anInspectorNeedsACountryAndDivisionsOfThatCountry() {
        assertThatThrownBy(() -> UserAccount.open(details(Set.of(Role.INSPECTOR), null, Set.of()), agency, "h", true, NOW))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting("field").isEqualTo("jurisdictionCountry");
        assertThatThrownBy(() -> UserAccount.open(details(Set.of(Role.INSPECTOR), "UG", Set.of("CD-NK")), agency, "h",
                true, NOW))
                .extracting("field").isEqualTo("jurisdictionDivisions");
        var inspector = UserAccount.open(details(Set.of(Role.INSPECTOR), "UG", Set.of("UG-W")), agency, "h", true, NOW);
        assertThat(inspector.getJurisdictionDivisions()).containsExactly("UG-W");
    }

    @Test
    void aJurisdictionIsDroppedWhenTheUserIsNoInspector() {
        var operator = UserAccount.open(details(Set.of(Role.OPERATOR), "UG", Set.of("UG-W")), agency, "h", false, NOW);
        assertThat(operator.getJurisdictionCountry()).isNull();
        assertThat(operator.getJurisdictionDivisions()).isEmpty();
    }

    @Test
    void atLeastOneRoleAndAValidUserName() {
        assertThatThrownBy(() -> UserAccount.open(details(Set.of(), null, Set.of()), agency, "h", false, NOW))
                .extracting("messageKey").isEqualTo("user.roles.required");
        var badName = new UserDetails("Ruth Akello", "Ruth", null, 1L, Set.of(Role.AUDITOR), null, Set.of(), null);
        assertThatThrownBy(() -> UserAccount.open(badName, agency, "h", false, NOW))
                .extracting("messageKey").isEqualTo("user.username.invalid");
    }

    @Test
    void aResetPasswordMustBeChangedAndUnlocksTheAccount() {
        var account = UserAccount.open(details(Set.of(Role.AUDITOR), null, Set.of()), agency, "old", false, NOW);
        account.resetPassword("temporary", NOW);
        assertThat(account.isMustChangePassword()).isTrue();
        assertThat(account.isLocked(NOW)).isFalse();
        account.changePassword("mine", NOW);
        assertThat(account.isMustChangePassword()).isFalse();
        assertThat(account.getPasswordHash()).isEqualTo("mine");
    }

    @Test
    void passwordPolicyWantsLengthAndNotTheUserName() {
        assertThatThrownBy(() -> PasswordPolicy.check("p", "short", "ruth")).extracting("messageKey")
                .isEqualTo("password.too-short");
        assertThatThrownBy(() -> PasswordPolicy.check("p", "ruth.akello", "RUTH.AKELLO")).extracting("messageKey")
                .isEqualTo("password.same-as-username");
        PasswordPolicy.check("p", "four words are fine", "ruth");
    }
}
