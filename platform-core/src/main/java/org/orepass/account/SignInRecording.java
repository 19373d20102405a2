package org.orepass.account;

import org.orepass.account.internal.LockoutPolicy;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins and locks the account per {@link LockoutPolicy}; a success clears the count. */
@Service
@Transactional
public class SignInRecording {

    private final UserAccounts accounts;
    private final Clock clock;

    public SignInRecording(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    public void failed(String username) {
        // Unknown user names match no row: nothing to lock, and nothing typed is stored.
        accounts.registerFailedSignIn(username, LockoutPolicy.MAX_FAILED_LOGINS,
                clock.instant().plus(LockoutPolicy.LOCK_DURATION));
    }

    public void succeeded(String username) {
        accounts.registerSuccessfulSignIn(username, clock.instant());
    }
}
