package org.orepass.web.sms;

import java.net.URI;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import java.util.regex.Pattern;

/**
 * Replies through Africa's Talking's messaging API ({@code POST /version1/messaging}, {@code apiKey} header). It
 * answers 201 even when it refuses the recipient; the recipient's status code says: 100-102 accepted, else refused.
 */
@Component
class AfricasTalkingSender extends HttpSmsSender {

    private static final Pattern STATUS_CODE = Pattern.compile("\"statusCode\"\\s*:\\s*(\\d+)");

    private final SmsSettings.AfricasTalking settings;

    @Autowired
    AfricasTalkingSender(SmsSettings settings) {
        this(settings.africasTalking().orElse(null));
    }

    /** A sender for these settings; null when the channel is not configured (every reply is then refused). */
    AfricasTalkingSender(SmsSettings.AfricasTalking settings) {
        this.settings = settings;
    }

    @Override
    public String channel() {
        return "africastalking";
    }

    @Override
    public void send(String recipient, String text) throws Refused {
        if (settings == null) {
            throw new Refused(channel() + " is not configured");
        }
        var answer = post(URI.create(trimSlash(settings.apiUrl()) + "/version1/messaging"),
                Map.of("apiKey", settings.apiKey(), "Accept", "application/json"),
                form("username", settings.username(), "to", recipient, "message", text, "from", settings.from()));
        var status = STATUS_CODE.matcher(answer == null ? "" : answer);
        if (status.find()) {
            int code = Integer.parseInt(status.group(1));
            if (code < 100 || code > 102) {
                throw new Refused("africastalking refused the recipient (status " + code + ")");
            }
        }
    }
}
