package org.orepass.web.sms;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Replies through Twilio's Messages API ({@code POST /2010-04-01/Accounts/{sid}/Messages.json}, Basic auth). */
@Component
class TwilioSender extends HttpSmsSender {

    private final SmsSettings.Twilio settings;

    @Autowired
    TwilioSender(SmsSettings settings) {
        this(settings.twilio().orElse(null));
    }

    /** A sender for these settings; null when the channel is not configured (every reply is then refused). */
    TwilioSender(SmsSettings.Twilio settings) {
        this.settings = settings;
    }

    @Override
    public String channel() {
        return "twilio";
    }

    @Override
    public void send(String recipient, String text) throws Refused {
        if (settings == null) {
            throw new Refused(channel() + " is not configured");
        }
        var uri = URI.create(trimSlash(settings.apiUrl()) + "/2010-04-01/Accounts/"
                + URLEncoder.encode(settings.accountSid(), StandardCharsets.UTF_8) + "/Messages.json");
        var credentials = Base64.getEncoder().encodeToString(
                (settings.accountSid() + ":" + settings.authToken()).getBytes(StandardCharsets.UTF_8));
        post(uri, Map.of("Authorization", "Basic " + credentials),
                form("To", recipient, "From", settings.from(), "Body", text));
    }
}
