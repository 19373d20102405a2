package org.orepass.web.alert;

import org.orepass.alert.MailSender;

/** Demo mode: the mail is not sent; it stays on {@code /admin/outbox}, marked as kept by the demo. */
final class DemoMailSender implements MailSender {

    static final String CHANNEL = "DEMO";

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void send(String recipient, String subject, String body) {
        // kept in the outbox only
    }
}
