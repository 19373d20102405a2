package org.orepass.web.sms;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.orepass.sms.SmsLanguage;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The SMS channels of this deployment, under {@code orepass.sms.<provider>.*} (docs/sms.md, "Configuration"). A
 * provider whose secret is not set is not configured: its callback answers 404 and no sender is made for it.
 */
@Component
class SmsSettings {

    /** Twilio: the callback is signed with the account's auth token; replies go out through the Messages API. */
    record Twilio(String authToken, String accountSid, String from, String apiUrl, String callbackUrl, String country,
            SmsLanguage language) {
    }

    /**
     * Africa's Talking: the callback signs nothing, so its address carries {@code token} and the caller must be
     * in {@code allowFrom}; replies go out through the messaging API with the API key.
     */
    record AfricasTalking(String token, List<String> allowFrom, String apiKey, String username, String from,
            String apiUrl, String country, SmsLanguage language) {
    }

    private final Optional<Twilio> twilio;
    private final Optional<AfricasTalking> africasTalking;
    private final boolean simulator;
    private final String simulatorCountry;
    private final boolean delivery;

    SmsSettings(Environment env) {
        var twilioToken = env.getProperty("orepass.sms.twilio.auth-token", "");
        twilio = twilioToken.isBlank() ? Optional.empty()
                : Optional.of(new Twilio(twilioToken.strip(), env.getProperty("orepass.sms.twilio.account-sid", ""),
                        env.getProperty("orepass.sms.twilio.from", ""),
                        env.getProperty("orepass.sms.twilio.api-url", "https://api.twilio.com"),
                        env.getProperty("orepass.sms.twilio.callback-url", ""),
                        country(env.getProperty("orepass.sms.twilio.country", "CD")),
                        language(env.getProperty("orepass.sms.twilio.language", "sw"))));
        var atToken = env.getProperty("orepass.sms.africastalking.token", "");
        africasTalking = atToken.isBlank() ? Optional.empty()
                : Optional.of(new AfricasTalking(atToken.strip(),
                        Arrays.stream(env.getProperty("orepass.sms.africastalking.allow-from", "").split(","))
                                .map(String::strip).filter(s -> !s.isEmpty()).toList(),
                        env.getProperty("orepass.sms.africastalking.api-key", ""),
                        env.getProperty("orepass.sms.africastalking.username", ""),
                        env.getProperty("orepass.sms.africastalking.from", ""),
                        env.getProperty("orepass.sms.africastalking.api-url", "https://api.africastalking.com"),
                        country(env.getProperty("orepass.sms.africastalking.country", "CD")),
                        language(env.getProperty("orepass.sms.africastalking.language", "sw"))));
        boolean demo = env.getProperty("orepass.demo.enabled", Boolean.class, false);
        simulator = env.getProperty("orepass.sms.simulator.enabled", Boolean.class, demo);
        simulatorCountry = country(env.getProperty("orepass.sms.simulator.country", "CD"));
        delivery = env.getProperty("orepass.sms.delivery.enabled", Boolean.class, true);
    }

    Optional<Twilio> twilio() {
        return twilio;
    }

    Optional<AfricasTalking> africasTalking() {
        return africasTalking;
    }

    /** Whether administrators may use the simulator page (demo mode, or {@code orepass.sms.simulator.enabled}). */
    boolean simulator() {
        return simulator;
    }

    String simulatorCountry() {
        return simulatorCountry;
    }

    /** Whether the queued replies are sent: a channel or the simulator exists, and it is not switched off. */
    boolean delivers() {
        return delivery && (twilio.isPresent() || africasTalking.isPresent() || simulator);
    }

    private static String country(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static SmsLanguage language(String tag) {
        return SmsLanguage.of(Locale.forLanguageTag(tag.strip()));
    }
}
