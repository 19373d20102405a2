package org.orepass.accesstoken;

import org.orepass.accesstoken.internal.AccessTokens;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.orepass.account.UserAccount;
import org.orepass.account.UserAccounts;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users issue, list and revoke their API tokens; the API authenticates calls with them. */
@Service
@Transactional
public class TokenIssuing {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "opt_";

    private final AccessTokens tokens;
    private final UserAccounts accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public TokenIssuing(AccessTokens tokens, UserAccounts accounts, Clock clock, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
    }

    public IssuedToken issue(String username, String name) {
        if (name == null || name.isBlank()) {
            throw new DomainRuleViolation("name", "validation.required");
        }
        if (name.strip().length() > 100) {
            throw new DomainRuleViolation("name", "validation.too-long", 100);
        }
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return issueWithValue(user(username), name.strip(), value);
    }

    /** Issues a token whose value is given: only demo mode does this, for the documented demo tokens. */
    public IssuedToken issueWithValue(UserAccount user, String name, String value) {
        var token = tokens.add(new AccessToken(user, name, TokenHashing.sha256(value), clock.instant()));
        return new IssuedToken(token.getId(), token.getName(), value);
    }

    public void revoke(String username, Long tokenId) {
        var token = tokens.findById(tokenId)
                .filter(candidate -> candidate.getUser().getUsername().equalsIgnoreCase(username))
                .orElseThrow(() -> new NotFoundException("AccessToken", tokenId));
        token.revoke(clock.instant());
        events.publishEvent(new AccessTokenRevoked(token.getId()));
    }

    @Transactional(readOnly = true)
    public List<AccessToken> tokensOf(String username) {
        return tokens.findByUserIdOrderByCreatedAtDesc(user(username).getId());
    }

    /** The active account a token belongs to, if the token is known, not revoked and its owner may sign in. */
    public Optional<UserAccount> authenticate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        var now = clock.instant();
        return tokens.findByTokenHash(TokenHashing.sha256(value))
                .filter(token -> !token.isRevoked())
                .filter(token -> token.getUser().isActive() && token.getUser().getOrganisation().isActive())
                .filter(token -> !token.getUser().isLocked(now))
                .map(token -> {
                    // The last use is recorded to the minute: no write at all when it already is.
                    if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minusSeconds(60))) {
                        tokens.touch(token.getId(), now);
                    }
                    return token.getUser();
                });
    }

    private UserAccount user(String username) {
        return accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new NotFoundException("UserAccount", username));
    }
}
