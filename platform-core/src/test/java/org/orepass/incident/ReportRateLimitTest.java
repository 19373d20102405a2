package org.orepass.incident;

import org.orepass.incident.internal.RateLimitStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 15: the three limits of anonymous reporting, over a store kept in memory. */
class ReportRateLimitTest {

    /** The store's contract in memory: a secret per day, counts per key and window. */
    static final class MemoryStore implements RateLimitStore {
        final Map<LocalDate, byte[]> secrets = new HashMap<>();
        final Map<String, Integer> counts = new HashMap<>();

        @Override
        public byte[] secretOf(LocalDate day) {
            return secrets.computeIfAbsent(day, d -> ("secret-" + d).getBytes());
        }

        @Override
        public int hit(String clientKey, Instant windowStart) {
            return counts.merge(clientKey + "@" + windowStart, 1, Integer::sum);
        }

        @Override
        public int count(String clientKey, Instant windowStart) {
            return counts.getOrDefault(clientKey + "@" + windowStart, 0);
        }

        @Override
        public void forget(LocalDate day, Instant window) {
            secrets.keySet().removeIf(d -> d.isBefore(day));
        }
    }

    private final MemoryStore store = new MemoryStore();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:20:00Z"), ZoneOffset.UTC);

    private void report(ReportRateLimit limit, String browser, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(limit.check(browser, address)).as("report %d", i + 1).isEmpty();
            limit.count(browser, address);
        }
    }

    @Test
    void eachBrowserHasItsOwnBudgetUnderTheAddressCeiling() {
        var limit = new ReportRateLimit(store, clock, 10, 60, 2000, 30, 30);
        var office = "196.43.1.1";
        for (int i = 0; i < 6; i++) {
            var browser = limit.newBrowser();
            report(limit, browser, office, 10);
            assertThat(limit.check(browser, office)).contains(ReportRateLimit.Refusal.BROWSER);
        }
        // 60 from the office: the ceiling, whoever asks next.
        assertThat(limit.check(limit.newBrowser(), office)).contains(ReportRateLimit.Refusal.ADDRESS);
        assertThat(limit.check(null, office)).contains(ReportRateLimit.Refusal.ADDRESS);
        assertThat(limit.check(limit.newBrowser(), "41.210.1.1")).isEmpty();
    }

    @Test
    void theAddressCeilingIsNeverBelowThirtyAndEveryoneHasACeilingToo() {
        var limit = new ReportRateLimit(store, clock, 10, 5, 40, 30, 30);
        assertThat(limit.perAddress()).isEqualTo(30);
        report(limit, null, "10.0.0.1", 30);
        assertThat(limit.check(null, "10.0.0.1")).contains(ReportRateLimit.Refusal.ADDRESS);
        report(limit, null, "10.0.0.2", 10);
        assertThat(limit.check(null, "10.0.0.3")).contains(ReportRateLimit.Refusal.EVERYONE);
    }

    @Test
    void aForgedOrAlteredBrowserIdentifierIsNoBrowser() {
        var limit = new ReportRateLimit(store, clock, 1, 60, 2000, 30, 30);
        var browser = limit.newBrowser();
        assertThat(limit.isValidBrowser(browser)).isTrue();
        assertThat(limit.isValidBrowser("x" + browser)).isFalse();
        // One character changed (never to itself: a signature ending in "0" altered to "0" would be no change).
        var last = browser.charAt(browser.length() - 1);
        assertThat(limit.isValidBrowser(browser.substring(0, browser.length() - 1) + (last == '0' ? '1' : '0')))
                .isFalse();
        assertThat(limit.isValidBrowser(null)).isFalse();
        assertThat(limit.isValidBrowser("no-signature")).isFalse();
        report(limit, browser, "10.0.0.9", 1);
        assertThat(limit.check(browser, "10.0.0.9")).contains(ReportRateLimit.Refusal.BROWSER);
        // The store keeps keyed hashes only, never the address or the identifier.
        assertThat(store.counts.keySet()).noneMatch(key -> key.contains("10.0.0.9") || key.contains(browser));
    }

    @Test
    void followUpLookUpsHaveTheirOwnBudgetAndDoNotTouchTheReports() {
        var limit = new ReportRateLimit(store, clock, 10, 60, 2000, 3, 30);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.allowFollowUp("10.0.0.5")).isTrue();
        }
        assertThat(limit.allowFollowUp("10.0.0.5")).isFalse();
        assertThat(limit.check(null, "10.0.0.5")).isEqualTo(Optional.empty());
    }

    @Test
    void aPhoneIsKnownByAKeyedHashAndHasItsOwnBudgets() {
        var limit = new ReportRateLimit(store, clock, 2, 60, 2000, 30, 3);
        var key = limit.phoneKey("+243 990 000 111");
        assertThat(key).isEqualTo(limit.phoneKey("243990000111")).doesNotContain("990000111").hasSize(64);
        assertThat(limit.phoneKey("+243990000112")).isNotEqualTo(key);
        for (int i = 0; i < 2; i++) {
            assertThat(limit.checkPhone(key)).isEmpty();
            limit.countPhone(key);
        }
        assertThat(limit.checkPhone(key)).contains(ReportRateLimit.Refusal.BROWSER);
        assertThat(limit.checkPhone(limit.phoneKey("+256700000000"))).as("another phone").isEmpty();
        assertThat(limit.allowMessage(key)).isTrue();
        assertThat(limit.allowMessage(key)).isTrue();
        assertThat(limit.allowMessage(key)).isTrue();
        assertThat(limit.allowMessage(key)).as("the fourth message of the hour is dropped").isFalse();
        var tomorrow = new ReportRateLimit(store, Clock.offset(clock, java.time.Duration.ofDays(1)), 2, 60, 2000, 30, 3);
        assertThat(tomorrow.phoneKey("+243 990 000 111")).as("keys change with the day's secret").isNotEqualTo(key);
    }
}
