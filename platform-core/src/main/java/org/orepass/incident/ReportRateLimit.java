package org.orepass.incident;

import org.orepass.incident.internal.RateLimitStore;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Abuse protection of the public forms: at most {@code orepass.incidents.reports-per-hour} requests (default 10)
 * per client and hour. The client is known only by an HMAC of its address under a secret of the day kept in
 * PostgreSQL; the address itself is never stored, the key is never stored with a report, and once the day's
 * secret is deleted no key can be linked to an address again. Ten an hour lets a family or a village sharing
 * one address report; a script is stopped.
 */
@Service
public class ReportRateLimit {

    private final RateLimitStore store;
    private final Clock clock;
    private final int perHour;

    public ReportRateLimit(RateLimitStore store, Clock clock,
            @Value("${orepass.incidents.reports-per-hour:10}") int perHour) {
        this.store = store;
        this.clock = clock;
        this.perHour = perHour;
    }

    /** Counts this request; false when the client has used up the hour. In its own transaction, so it counts. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean allow(String clientAddress) {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var window = now.truncatedTo(ChronoUnit.HOURS);
        store.forget(today, window.minus(Duration.ofHours(1)));
        var key = keyOf(clientAddress == null ? "" : clientAddress, store.secretOf(today));
        return store.hit(key, window) <= perHour;
    }

    public int perHour() {
        return perHour;
    }

    static String keyOf(String address, byte[] secret) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
    }
}
