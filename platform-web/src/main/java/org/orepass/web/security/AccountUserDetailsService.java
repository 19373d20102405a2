package org.orepass.web.security;

import java.time.Clock;
import org.orepass.account.UserAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for form sign-in; locked, deactivated and organisation-less accounts cannot sign in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;
    private final Clock clock;

    AccountUserDetailsService(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username == null ? "" : username.strip())
                .map(account -> SignedInUser.of(account, account.isLocked(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
