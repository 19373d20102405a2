package org.orepass.web.alert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.orepass.alert.MailSender;

/**
 * Plain-text mail over SMTP (RFC 5321): EHLO, STARTTLS when configured, AUTH PLAIN when a user name is set, one
 * recipient, a Base64 UTF-8 body. Written here because the build is offline and the mail starter is not in its
 * repository; {@code spring.mail.*} configures it all the same (docs/alerts.md). Everything before the server
 * answers the final dot is a definite refusal (tried again later); no answer to the dot leaves the outcome
 * unknown, so the mail is never sent again.
 */
final class SmtpMailSender implements MailSender {

    static final String CHANNEL = "SMTP";

    private final MailSettings settings;

    SmtpMailSender(MailSettings settings) {
        this.settings = settings;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void send(String recipient, String subject, String body) {
        var to = clean(recipient);
        if (!to.matches("[^@\\s<>]+@[^@\\s<>]+")) {
            throw new Refused("not an e-mail address");
        }
        Socket socket = null;
        try {
            socket = new Socket();
            socket.connect(new InetSocketAddress(settings.host(), settings.port()), settings.timeoutMillis());
            socket.setSoTimeout(settings.timeoutMillis());
            var session = new Session(socket);
            session.expect(220);
            session.command("EHLO orepass", 250);
            if (settings.startTls()) {
                session.command("STARTTLS", 220);
                var tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(socket,
                        settings.host(), settings.port(), true);
                tls.startHandshake();
                socket = tls;
                session = new Session(tls);
                session.command("EHLO orepass", 250);
            }
            if (!settings.username().isEmpty()) {
                var token = Base64.getEncoder().encodeToString(("\0" + settings.username() + "\0"
                        + settings.password()).getBytes(StandardCharsets.UTF_8));
                session.command("AUTH PLAIN " + token, 235);
            }
            session.command("MAIL FROM:<" + clean(settings.from()) + ">", 250);
            session.command("RCPT TO:<" + to + ">", 250);
            session.command("DATA", 354);
            session.write(message(to, subject, body));
            try {
                session.command(".", 250);
            } catch (IOException unanswered) {
                throw new IllegalStateException("no answer to the end of the mail", unanswered);
            }
            try {
                session.command("QUIT", 221);
            } catch (IOException | Refused ignored) {
                // accepted already
            }
        } catch (IOException e) {
            throw new Refused("SMTP server not reached: " + e.getClass().getSimpleName());
        } finally {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing
                }
            }
        }
    }

    private String message(String to, String subject, String body) {
        var text = new StringBuilder();
        text.append("From: ").append(clean(settings.from())).append("\r\n");
        text.append("To: ").append(to).append("\r\n");
        text.append("Subject: =?UTF-8?B?")
                .append(Base64.getEncoder().encodeToString(clean(subject).getBytes(StandardCharsets.UTF_8)))
                .append("?=\r\n");
        text.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now())).append("\r\n");
        text.append("Message-ID: <").append(UUID.randomUUID()).append("@orepass>\r\n");
        text.append("MIME-Version: 1.0\r\n");
        text.append("Content-Type: text/plain; charset=UTF-8\r\n");
        text.append("Content-Transfer-Encoding: base64\r\n\r\n");
        // Base64 lines hold no dot at their start, so no dot-stuffing is needed.
        text.append(Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(body.getBytes(StandardCharsets.UTF_8))).append("\r\n");
        return text.toString();
    }

    /** No line breaks in a header or command: a name or subject cannot add headers. */
    static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\r\\n]+", " ").strip();
    }

    private static final class Session {
        private final BufferedReader in;
        private final OutputStream out;

        Session(Socket socket) throws IOException {
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            out = socket.getOutputStream();
        }

        void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        void command(String line, int expected) throws IOException {
            write(line + "\r\n");
            expect(expected);
        }

        void expect(int expected) throws IOException {
            String line;
            do {
                line = in.readLine();
                if (line == null) {
                    throw new IOException("connection closed");
                }
            } while (line.length() > 3 && line.charAt(3) == '-');
            if (!line.startsWith(String.valueOf(expected))) {
                throw new Refused("SMTP answered " + (line.length() > 60 ? line.substring(0, 60) : line));
            }
        }
    }
}
