package org.orepass.accesstoken.internal;

import org.orepass.accesstoken.AccessToken;
import java.util.List;
import java.util.Optional;

/** Personal access tokens (a port; persistence implements it). */
public interface AccessTokens {

    AccessToken add(AccessToken token);

    Optional<AccessToken> findByTokenHash(String tokenHash);

    List<AccessToken> findByUserIdOrderByCreatedAtDesc(Long userId);

    Optional<AccessToken> findById(Long id);

    /** Records use at most once a minute, without a version bump, so parallel API calls never conflict. */
    void touch(Long id, java.time.Instant now);
}
