package org.orepass.web.testing;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.orepass.account.PasswordHasher;
import org.orepass.account.Role;
import org.orepass.account.UserAccount;
import org.orepass.account.UserAccounts;
import org.orepass.account.UserDetails;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.web.security.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates the organisations and accounts a test needs, with names no other test uses. */
@Component
public class AccountFixtures {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final OrganisationAdministration organisations;
    private final UserAccounts accounts;
    private final PasswordHasher hasher;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AccountFixtures(OrganisationAdministration organisations, UserAccounts accounts, PasswordHasher hasher,
            TransactionTemplate transaction, Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.hasher = hasher;
        this.transaction = transaction;
        this.clock = clock;
    }

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    public Organisation organisation(OrganisationType type) {
        return organisations.register(new OrganisationDetails(unique("Org"), type, "UG", "UG-W", "TIN-1", "Kisoro",
                null, null, null));
    }

    /** An account that can sign in with {@link #PASSWORD}, no password change pending. */
    public UserAccount user(Role... roles) {
        var organisation = organisation(OrganisationType.GOVERNMENT_AGENCY);
        var username = unique("user").toLowerCase();
        var inspector = Set.of(roles).contains(Role.INSPECTOR);
        var details = new UserDetails(username, "Test " + username, null, organisation.getId(), Set.of(roles),
                inspector ? "UG" : null, Set.of(), null);
        return transaction.execute(status -> accounts.add(
                UserAccount.open(details, organisation, hasher.hash(PASSWORD), false, clock.instant())));
    }

    public SignedInUser signedIn(Role... roles) {
        return signedIn(user(roles));
    }

    /** An inspector whose jurisdiction is {@code country} (and {@code divisions}, all of it when empty). */
    public SignedInUser inspectorOf(String country, Set<String> divisions) {
        var u = signedIn(Role.INSPECTOR);
        return new SignedInUser(u.id(), u.username(), u.fullName(), null, u.organisationId(), u.organisationName(),
                u.roles(), country, divisions, true, false, false, null);
    }

    /** Another user of {@code of}'s organisation with {@code role}: the second person of a sign-off. */
    public SignedInUser colleague(SignedInUser of, Role role) {
        return transaction.execute(status -> {
            var organisation = organisations.get(of.organisationId());
            var username = unique("colleague").toLowerCase(java.util.Locale.ROOT);
            var details = new UserDetails(username, "Test " + username, null, organisation.getId(), Set.of(role),
                    null, Set.of(), null);
            return signedIn(accounts.add(UserAccount.open(details, organisation, hasher.hash(PASSWORD), false,
                    clock.instant())));
        });
    }

    /** A user of an existing organisation with these roles (a smelter's operator, a second exporter's user). */
    public SignedInUser memberOf(long organisationId, Role... roles) {
        return transaction.execute(status -> {
            var organisation = organisations.get(organisationId);
            var username = unique("member").toLowerCase(java.util.Locale.ROOT);
            var details = new UserDetails(username, "Test " + username, null, organisation.getId(), Set.of(roles),
                    null, Set.of(), null);
            return signedIn(accounts.add(UserAccount.open(details, organisation, hasher.hash(PASSWORD), false,
                    clock.instant())));
        });
    }

    /** The same account as MockMvc requests carry it, for tests that also sign it in through a browser. */
    public SignedInUser signedIn(UserAccount account) {
        return SignedInUser.of(account, false).withoutPassword();
    }
}
