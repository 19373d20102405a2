package org.orepass.web.alert;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The mail server, under Spring Boot's own {@code spring.mail.*} names (SPRING_MAIL_HOST, SPRING_MAIL_PORT,
 * SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD, {@code spring.mail.properties.mail.smtp.starttls.enable}) so a
 * deployment configures it as any Spring application; {@code orepass.mail.from} is the sender. In demo mode
 * ({@code orepass.demo.enabled}, as the SMS simulator) and with no host, mails are kept on {@code /admin/outbox}
 * instead of going out.
 */
@Component
class MailSettings {

    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final boolean startTls;
    private final String from;
    private final String publicUrl;
    private final boolean demo;
    private final boolean delivery;
    private final int timeoutMillis;

    MailSettings(Environment env) {
        host = env.getProperty("spring.mail.host", "").strip();
        port = env.getProperty("spring.mail.port", Integer.class, 25);
        username = env.getProperty("spring.mail.username", "").strip();
        password = env.getProperty("spring.mail.password", "");
        startTls = env.getProperty("spring.mail.properties.mail.smtp.starttls.enable", Boolean.class, false);
        from = env.getProperty("orepass.mail.from", "orepass@localhost").strip();
        var url = env.getProperty("orepass.mail.public-url", "").strip();
        publicUrl = url.isEmpty() ? env.getProperty("orepass.provenance.public-url", "").strip() : url;
        demo = env.getProperty("orepass.demo.enabled", Boolean.class, false) && host.isEmpty();
        delivery = env.getProperty("orepass.mail.delivery.enabled", Boolean.class, true);
        timeoutMillis = env.getProperty("orepass.mail.timeout-ms", Integer.class, 10_000);
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    boolean startTls() {
        return startTls;
    }

    String from() {
        return from;
    }

    /** The address mails link to (no trailing slash); empty: links are paths only. */
    String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Demo mode: mails stay on the outbox page. */
    boolean demo() {
        return demo;
    }

    /** A server is configured, or demo mode keeps the mails: the queue is worked. */
    boolean delivers() {
        return delivery && (demo || !host.isEmpty());
    }

    int timeoutMillis() {
        return timeoutMillis;
    }
}
