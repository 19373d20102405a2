package org.orepass.account;

import org.orepass.account.internal.PasswordPolicy;
import java.time.Clock;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users keep their own name, e-mail, language and password up to date. */
@Service
@Transactional
public class ProfileEditing {

    private final UserAccounts accounts;
    private final PasswordHasher hasher;
    private final Clock clock;

    public ProfileEditing(UserAccounts accounts, PasswordHasher hasher, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
    }

    public UserAccount editProfile(String username, long editedVersion, String fullName, String email,
            String preferredLanguage) {
        var account = byUsername(username);
        Versioned.requireVersion("UserAccount", account.getId(), account.getVersion(), editedVersion);
        account.describeProfile(fullName, email, preferredLanguage, clock.instant());
        return account;
    }

    public void changePassword(String username, String currentPassword, String newPassword) {
        var account = byUsername(username);
        if (currentPassword == null || !hasher.matches(currentPassword, account.getPasswordHash())) {
            throw new DomainRuleViolation("currentPassword", "password.current.wrong");
        }
        PasswordPolicy.check("newPassword", newPassword, username);
        if (hasher.matches(newPassword, account.getPasswordHash())) {
            throw new DomainRuleViolation("newPassword", "password.unchanged");
        }
        account.changePassword(hasher.hash(newPassword), clock.instant());
    }

    @Transactional(readOnly = true)
    public UserAccount byUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new NotFoundException("UserAccount", username));
    }
}
