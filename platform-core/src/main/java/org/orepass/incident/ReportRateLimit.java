package org.orepass.incident;

import org.orepass.incident.internal.RateLimitStore;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Abuse protection of the public forms, counted per clock hour (issue 15):
 * <ul>
 *   <li>per browser, {@code orepass.incidents.reports-per-hour} accepted reports (default 10): the browser carries
 *       a random identifier signed with the secret of the day ({@link #newBrowser()}, a cookie);</li>
 *   <li>per address, a ceiling of {@code orepass.incidents.reports-per-address-hour} (default 60, never below 30),
 *       so that an office or a mobile network behind one address is not locked out, while a script that drops its
 *       cookies is still stopped;</li>
 *   <li>for everyone together, {@code orepass.incidents.reports-per-hour-total} (default 2,000).</li>
 * </ul>
 * Only accepted reports count ({@link #count}); a refused form, a site search or a follow-up look-up does not.
 * Follow-up look-ups have their own budget per address ({@code orepass.incidents.follow-ups-per-hour}, 30), as a
 * guard against guessing codes. Clients are known only by HMACs under the secret of the day kept in PostgreSQL;
 * addresses and browser identifiers are never stored, and once the day's secret is deleted no key can be linked
 * to either again.
 */
@Service
public class ReportRateLimit {

    /** Which limit refused: each gets its own message. */
    public enum Refusal {
        BROWSER, ADDRESS, EVERYONE
    }

    static final int LEAST_ADDRESS_CEILING = 30;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String EVERYONE_KEY = "everyone";

    private final RateLimitStore store;
    private final Clock clock;
    private final int perBrowser;
    private final int perAddress;
    private final int total;
    private final int followUps;
    private final int perPhoneMessages;

    public ReportRateLimit(RateLimitStore store, Clock clock,
            @Value("${orepass.incidents.reports-per-hour:10}") int perBrowser,
            @Value("${orepass.incidents.reports-per-address-hour:60}") int perAddress,
            @Value("${orepass.incidents.reports-per-hour-total:2000}") int total,
            @Value("${orepass.incidents.follow-ups-per-hour:30}") int followUps,
            @Value("${orepass.sms.messages-per-hour:30}") int perPhoneMessages) {
        this.store = store;
        this.clock = clock;
        this.perBrowser = perBrowser;
        this.perAddress = Math.max(Math.max(perAddress, LEAST_ADDRESS_CEILING), perBrowser);
        this.total = Math.max(total, this.perAddress);
        this.followUps = followUps;
        this.perPhoneMessages = perPhoneMessages;
    }

    /**
     * Whether one more report from this browser (its signed identifier, or null) and address may be accepted.
     * Counts nothing. An identifier whose signature does not hold (forged, or from a day whose secret is gone) is
     * treated as a new browser.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Refusal> check(String browser, String address) {
        var window = window();
        var secret = secretOfToday();
        if (store.count(EVERYONE_KEY, window) >= total) {
            return Optional.of(Refusal.EVERYONE);
        }
        var browserKey = browserKey(browser, secret);
        if (browserKey != null && store.count(browserKey, window) >= perBrowser) {
            return Optional.of(Refusal.BROWSER);
        }
        if (store.count(addressKey(address, secret), window) >= perAddress) {
            return Optional.of(Refusal.ADDRESS);
        }
        return Optional.empty();
    }

    /** Counts an accepted report against its browser, its address and everyone. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void count(String browser, String address) {
        var window = window();
        var secret = secretOfToday();
        store.hit(EVERYONE_KEY, window);
        store.hit(addressKey(address, secret), window);
        var browserKey = browserKey(browser, secret);
        if (browserKey != null) {
            store.hit(browserKey, window);
        }
    }

    /** Counts a follow-up look-up; false when the address has used up the hour's look-ups. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean allowFollowUp(String address) {
        var window = window();
        return store.hit(keyOf("follow-up:" + (address == null ? "" : address), secretOfToday()), window) <= followUps;
    }

    /**
     * The key a phone number is known by today (issue 20): an HMAC under the secret of the day, so the number
     * itself is never stored and, once the day's secret is deleted, no key can be linked to it again. Only the
     * digits count: "+243 99 000" and "24399000" are one phone.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String phoneKey(String number) {
        var digits = number == null ? "" : number.replaceAll("[^0-9]", "");
        return keyOf("phone:" + digits, secretOfToday());
    }

    /**
     * Counts one more message from a phone (its {@link #phoneKey}); false once the phone has sent
     * {@code orepass.sms.messages-per-hour} this hour: a flood from one number is then dropped without a reply,
     * and cannot use up the replies or the reports of everyone else.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean allowMessage(String phoneKey) {
        return store.hit("message:" + phoneKey, window()) <= perPhoneMessages;
    }

    /** Whether one more report from this phone may be accepted: the phone's own hourly budget, then everyone's. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Refusal> checkPhone(String phoneKey) {
        var window = window();
        if (store.count(EVERYONE_KEY, window) >= total) {
            return Optional.of(Refusal.EVERYONE);
        }
        return store.count("report:" + phoneKey, window) >= perBrowser ? Optional.of(Refusal.BROWSER) : Optional.empty();
    }

    /** Counts an accepted report from a phone, against the phone and everyone. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void countPhone(String phoneKey) {
        var window = window();
        store.hit(EVERYONE_KEY, window);
        store.hit("report:" + phoneKey, window);
    }

    /** Whether a browser identifier is one this platform signed today. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean isValidBrowser(String browser) {
        return browserKey(browser, secretOfToday()) != null;
    }

    /** A new browser identifier, signed with today's secret: random, so it says nothing about the browser. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String newBrowser() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        var id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return id + "." + keyOf("browser:" + id, secretOfToday()).substring(0, 32);
    }

    public int perHour() {
        return perBrowser;
    }

    public int perAddress() {
        return perAddress;
    }

    public int followUpsPerHour() {
        return followUps;
    }

    private Instant window() {
        var window = clock.instant().truncatedTo(ChronoUnit.HOURS);
        store.forget(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), window.minus(Duration.ofHours(1)));
        return window;
    }

    private byte[] secretOfToday() {
        return store.secretOf(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    private static String addressKey(String address, byte[] secret) {
        return keyOf(address == null ? "" : address, secret);
    }

    /** The counting key of a browser whose signature holds, else null. */
    private static String browserKey(String browser, byte[] secret) {
        if (browser == null || browser.length() > 100) {
            return null;
        }
        var dot = browser.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        var id = browser.substring(0, dot);
        var expected = keyOf("browser:" + id, secret).substring(0, 32);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                browser.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        return keyOf("browser-key:" + id, secret);
    }

    static String keyOf(String value, byte[] secret) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
    }
}
