package org.orepass.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.orepass.accesstoken.AccessTokenRevoked;
import org.orepass.accesstoken.TokenHashing;
import org.orepass.accesstoken.TokenIssuing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * API tokens checked once, then remembered for a few seconds (issue 15, per-request path): a client calling the
 * API many times a second no longer costs a database look-up per call. Only tokens that passed are kept (keyed
 * by their SHA-256, as stored), at most {@value #MAXIMUM} of them. A revocation empties the memory of this node
 * at once (after the revoking transaction commits); other nodes see it, like a deactivated or locked account,
 * within {@code orepass.api.token-cache} (5 s).
 */
@Component
public class VerifiedTokens {

    static final int MAXIMUM = 10_000;

    private final TokenIssuing tokens;
    private final Cache<String, SignedInUser> verified;

    VerifiedTokens(TokenIssuing tokens, @Value("${orepass.api.token-cache:5s}") Duration remembered) {
        this.tokens = tokens;
        this.verified = Caffeine.newBuilder().expireAfterWrite(remembered).maximumSize(MAXIMUM).build();
    }

    /** The user a token authenticates, without the password hash; empty for an unknown or unusable token. */
    public Optional<SignedInUser> authenticate(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        var key = TokenHashing.sha256(token);
        var known = verified.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        var user = tokens.authenticate(token).map(account -> SignedInUser.of(account, false).withoutPassword());
        user.ifPresent(found -> verified.put(key, found));
        return user;
    }

    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    void revoked(AccessTokenRevoked revoked) {
        verified.invalidateAll();
    }

    @EventListener
    void revokedNow(AccessTokenRevoked revoked) {
        // Also before the commit: a call racing the revocation must not put the token back for seconds after it.
        verified.invalidateAll();
    }
}
