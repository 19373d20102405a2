package org.orepass.web.testing;

/** The SMS aggregators' secrets of the test context ({@link PlatformTest}). */
public final class SmsTestSettings {

    public static final String TWILIO_AUTH_TOKEN = "test-twilio-auth-token";
    public static final String AFRICAS_TALKING_TOKEN = "test-africastalking-path-token";

    private SmsTestSettings() {
    }
}
