package org.orepass.accesstoken;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.orepass.account.UserAccount;
import org.orepass.audit.NotAudited;
import org.orepass.audit.Redacted;

/**
 * A personal access token for the API. Only its SHA-256 is stored; the user sees the token once, when it is
 * issued, and may revoke it at any time.
 */
@Entity
@Table(name = "access_token")
public class AccessToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    private String name;

    @Redacted
    private String tokenHash;

    private Instant createdAt;

    @NotAudited
    private Instant lastUsedAt;

    private Instant revokedAt;

    @Version
    private long version;

    protected AccessToken() {
        // for JPA
    }

    AccessToken(UserAccount user, String name, String tokenHash, Instant now) {
        this.user = user;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
