package org.orepass.web.account;

import java.util.Set;
import org.orepass.account.AccountAdministration;
import org.orepass.account.Role;
import org.orepass.account.UserAccounts;
import org.orepass.account.UserDetails;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationSearch;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.shared.PageQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On an external database, the first administrator comes from configuration (ORE_PASS_ADMIN_USERNAME and
 * ORE_PASS_ADMIN_PASSWORD) and must choose a new password at first sign-in. Nothing else has a default password.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountAdministration administration;
    private final OrganisationAdministration organisationAdministration;
    private final Organisations organisations;
    private final UserAccounts accounts;
    private final TransactionTemplate transaction;
    private final String username;
    private final String password;
    private final String organisationName;
    private final String country;
    private final boolean demoMode;

    FirstAdministrator(AccountAdministration administration, OrganisationAdministration organisationAdministration,
            Organisations organisations, UserAccounts accounts, TransactionTemplate transaction,
            @Value("${orepass.admin.username:}") String username, @Value("${orepass.admin.password:}") String password,
            @Value("${orepass.admin.organisation:Platform administration}") String organisationName,
            @Value("${orepass.admin.country:UG}") String country,
            @Value("${orepass.demo.enabled:false}") boolean demoMode) {
        this.administration = administration;
        this.organisationAdministration = organisationAdministration;
        this.organisations = organisations;
        this.accounts = accounts;
        this.transaction = transaction;
        this.username = username;
        this.password = password;
        this.organisationName = organisationName;
        this.country = country;
        this.demoMode = demoMode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank()) {
            if (!demoMode && accounts.count() == 0) {
                LOG.warn("No user accounts and no first administrator configured: set ORE_PASS_ADMIN_USERNAME and"
                        + " ORE_PASS_ADMIN_PASSWORD (at least 10 characters) and restart.");
            }
            return;
        }
        if (accounts.existsByUsernameIgnoreCase(username)) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            var found = organisations.search(new OrganisationSearch(organisationName, null, country, null),
                    PageQuery.first()).items().stream()
                    .filter(o -> o.getName().equalsIgnoreCase(organisationName)).findFirst();
            var organisation = found.orElseGet(() -> organisationAdministration.register(new OrganisationDetails(
                    organisationName, OrganisationType.GOVERNMENT_AGENCY, country, null, null, null, null, null,
                    null)));
            administration.open(new UserDetails(username, "Administrator", null, organisation.getId(),
                    Set.of(Role.ADMIN), null, Set.of(), null), password);
        });
        LOG.info("Created the first administrator '{}' from configuration; they must change the password at first"
                + " sign-in.", username);
    }
}
