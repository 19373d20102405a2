package org.orepass.account;

import org.orepass.account.internal.PasswordPolicy;
import java.time.Clock;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.Organisations;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator opens, edits, deactivates user accounts and resets their passwords. */
@Service
@Transactional
public class AccountAdministration {

    private final UserAccounts accounts;
    private final Organisations organisations;
    private final PasswordHasher hasher;
    private final Clock clock;

    public AccountAdministration(UserAccounts accounts, Organisations organisations, PasswordHasher hasher,
            Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Opens an account with a temporary password the user must change at first sign-in. */
    public UserAccount open(UserDetails details, String temporaryPassword) {
        if (details.username() != null && accounts.existsByUsernameIgnoreCase(details.username())) {
            throw new DomainRuleViolation("username", "user.username.taken");
        }
        PasswordPolicy.check("password", temporaryPassword, details.username());
        var account = UserAccount.open(details, organisation(details.organisationId()),
                hasher.hash(temporaryPassword), true, clock.instant());
        return accounts.add(account);
    }

    public UserAccount edit(Long id, long editedVersion, UserDetails details) {
        var account = get(id);
        Versioned.requireVersion("UserAccount", id, account.getVersion(), editedVersion);
        account.describe(details, organisation(details.organisationId()), clock.instant());
        return account;
    }

    public UserAccount setActive(Long id, long editedVersion, boolean active) {
        var account = get(id);
        Versioned.requireVersion("UserAccount", id, account.getVersion(), editedVersion);
        if (active) {
            account.reactivate(clock.instant());
        } else {
            account.deactivate(clock.instant());
        }
        return account;
    }

    public UserAccount resetPassword(Long id, long editedVersion, String temporaryPassword) {
        var account = get(id);
        Versioned.requireVersion("UserAccount", id, account.getVersion(), editedVersion);
        PasswordPolicy.check("password", temporaryPassword, account.getUsername());
        account.resetPassword(hasher.hash(temporaryPassword), clock.instant());
        return account;
    }

    @Transactional(readOnly = true)
    public UserAccount get(Long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("UserAccount", id));
    }

    private Organisation organisation(Long id) {
        if (id == null) {
            throw new DomainRuleViolation("organisationId", "validation.required");
        }
        var organisation = organisations.findById(id)
                .orElseThrow(() -> new DomainRuleViolation("organisationId", "validation.required"));
        if (!organisation.isActive()) {
            throw new DomainRuleViolation("organisationId", "user.organisation.inactive");
        }
        return organisation;
    }
}
