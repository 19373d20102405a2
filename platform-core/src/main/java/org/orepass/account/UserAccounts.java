package org.orepass.account;

import java.util.Optional;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;

/** All user accounts (a port; persistence implements it). */
public interface UserAccounts {

    UserAccount add(UserAccount account);

    Optional<UserAccount> findById(Long id);

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    ResultPage<UserAccount> search(UserSearch search, PageQuery page);

    long count();

    /**
     * Counts a failed sign-in and, at the {@code maxFailures}-th in a row, locks the account until
     * {@code lockUntil}; one atomic statement, so parallel guesses cannot slip past the count.
     */
    void registerFailedSignIn(String username, int maxFailures, java.time.Instant lockUntil);

    void registerSuccessfulSignIn(String username, java.time.Instant now);
}
