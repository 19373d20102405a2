package org.orepass.account.internal;

import java.time.Duration;

/** Five wrong passwords in a row lock an account for fifteen minutes: slows guessing, never locks anyone out for good. */
public final class LockoutPolicy {

    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private LockoutPolicy() {
    }
}
