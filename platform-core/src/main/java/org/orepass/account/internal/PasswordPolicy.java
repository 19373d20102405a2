package org.orepass.account.internal;

import org.orepass.shared.DomainRuleViolation;

/**
 * Passwords people can type on a basic phone but not guess: at least 10 characters, not the user name.
 * Length beats composition rules (NIST SP 800-63B).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String field, String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new DomainRuleViolation(field, "password.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new DomainRuleViolation(field, "password.too-long", MAX_LENGTH);
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            throw new DomainRuleViolation(field, "password.same-as-username");
        }
    }
}
