package org.orepass.web.alert;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.orepass.alert.MailSender;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Alert mails over SMTP through Spring Mail (Jakarta Mail underneath): TLS, sign-in, encodings and the protocol's
 * corner cases are a well-kept library's job, not ours. Built from {@link MailSettings} ({@code spring.mail.*}).
 * What the queue needs to know is whether a mail was definitely not accepted (tried again later) or may have been
 * (never sent twice): a refusal by the server, a failed sign-in or no connection are definite; a connection lost
 * after the message went out is not.
 */
final class SpringMailSender implements MailSender {

    private final JavaMailSenderImpl mail = new JavaMailSenderImpl();
    private final String from;

    SpringMailSender(MailSettings settings) {
        this.from = settings.from();
        mail.setHost(settings.host());
        mail.setPort(settings.port());
        mail.setDefaultEncoding(StandardCharsets.UTF_8.name());
        var properties = new Properties();
        String timeout = String.valueOf(settings.timeoutMillis());
        properties.setProperty("mail.smtp.connectiontimeout", timeout);
        properties.setProperty("mail.smtp.timeout", timeout);
        properties.setProperty("mail.smtp.writetimeout", timeout);
        if (settings.startTls()) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        if (!settings.username().isEmpty()) {
            mail.setUsername(settings.username());
            mail.setPassword(settings.password());
            properties.setProperty("mail.smtp.auth", "true");
        }
        mail.setJavaMailProperties(properties);
    }

    @Override
    public String channel() {
        return "SMTP";
    }

    @Override
    public void send(String recipient, String subject, String body) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        // Header values on one line: a line break in a subject or an address would start a header of its own.
        message.setTo(oneLine(recipient));
        message.setSubject(oneLine(subject));
        message.setText(body);
        try {
            mail.send(message);
        } catch (MailAuthenticationException signIn) {
            throw new Refused("the mail server refused the sign-in");
        } catch (MailSendException failed) {
            // The messages name no recipient: the mail log is not the place for people's addresses.
            if (definitelyNotAccepted(failed)) {
                throw new Refused("the mail server did not accept the mail");
            }
            throw new IllegalStateException("the mail server's answer was lost; the mail may have gone out");
        } catch (MailException other) {
            throw new IllegalStateException("the mail could not be handed over: " + other.getClass().getSimpleName());
        }
    }

    private static String oneLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ").strip();
    }

    /** A server's refusal (SendFailedException: a 4xx or 5xx reply) or no connection at all. */
    static boolean definitelyNotAccepted(MailSendException failed) {
        for (Throwable cause : failed.getMessageExceptions()) {
            if (refusalOrNoConnection(cause)) {
                return true;
            }
        }
        return refusalOrNoConnection(failed.getCause());
    }

    private static boolean refusalOrNoConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.mail.SendFailedException || cause instanceof ConnectException
                    || cause.getClass().getSimpleName().equals("MailConnectException")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
