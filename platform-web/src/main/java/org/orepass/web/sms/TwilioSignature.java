package org.orepass.web.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's request signature: Base64 of HMAC-SHA1, keyed with the account's auth token, over the full URL Twilio
 * called followed by each POST parameter's name and value, sorted by name (twilio.com/docs/usage/security).
 */
final class TwilioSignature {

    private TwilioSignature() {
    }

    static String of(String authToken, String url, Map<String, List<String>> parameters) {
        var data = new StringBuilder(url);
        for (var entry : new TreeMap<>(parameters).entrySet()) {
            var values = new ArrayList<>(entry.getValue());
            values.sort(null);
            for (var value : values) {
                data.append(entry.getKey()).append(value);
            }
        }
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    /** Whether {@code signature} is the one Twilio would send; compared in constant time. */
    static boolean valid(String authToken, String url, Map<String, List<String>> parameters, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(of(authToken, url, parameters).getBytes(StandardCharsets.UTF_8),
                signature.strip().getBytes(StandardCharsets.UTF_8));
    }
}
