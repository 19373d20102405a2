package org.orepass.web.sms;

import org.orepass.sms.SmsSender;
import org.springframework.stereotype.Component;

/** The simulator's channel: its replies are shown on the page when they are made, so sending them is a no-op. */
@Component
class SimulatorSender implements SmsSender {

    static final String CHANNEL = "simulator";

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void send(String recipient, String text) {
        // Shown on the simulator page already; there is no phone to reach.
    }
}
