package org.orepass.persistence.accesstoken;

import java.util.List;
import java.util.Optional;
import org.orepass.accesstoken.AccessToken;
import org.orepass.accesstoken.internal.AccessTokens;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaAccessTokens extends JpaRepository<AccessToken, Long>, AccessTokens {

    @Override
    default AccessToken add(AccessToken token) {
        return save(token);
    }

    // One query per API call: the token, its owner and the owner's organisation together.
    @Override
    @Query("select t from AccessToken t join fetch t.user u join fetch u.organisation where t.tokenHash = :hash")
    Optional<AccessToken> findByTokenHash(@Param("hash") String tokenHash);

    @Override
    @Query("select t from AccessToken t where t.user.id = :userId order by t.createdAt desc")
    List<AccessToken> findByUserIdOrderByCreatedAtDesc(@Param("userId") Long userId);

    @Override
    default void touch(Long id, java.time.Instant now) {
        touchIfOlderThan(id, now, now.minusSeconds(60));
    }

    @Transactional
    @Modifying
    @Query(value = """
            update access_token set last_used_at = :now
            where id = :id and (last_used_at is null or last_used_at < :threshold)
            """, nativeQuery = true)
    void touchIfOlderThan(@Param("id") Long id, @Param("now") java.time.Instant now,
            @Param("threshold") java.time.Instant threshold);
}
