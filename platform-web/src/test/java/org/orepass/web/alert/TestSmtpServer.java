package org.orepass.web.alert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server on the loopback address for the tests (GreenMail is not in the offline repository): EHLO,
 * MAIL, RCPT, DATA, QUIT, one connection at a time; it keeps each accepted mail with its subject and body
 * decoded, and can refuse the next mails with a 451 (a temporary failure).
 */
final class TestSmtpServer implements AutoCloseable {

    record Received(String to, String subject, String body) {
    }


    private final ServerSocket server;
    private final Thread thread;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger refuseNext = new AtomicInteger();

    TestSmtpServer() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "test-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    List<Received> to(String address) {
        return received().stream().filter(mail -> mail.to().equals(address)).toList();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(10_000);
                converse(socket);
            } catch (IOException closedOrBroken) {
                // next connection, or the end
            }
        }
    }

    private void converse(Socket socket) throws IOException {
        var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        OutputStream out = socket.getOutputStream();
        say(out, "220 test ESMTP");
        String to = null;
        String line;
        while ((line = in.readLine()) != null) {
            var upper = line.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("EHLO")) {
                say(out, "250-test\r\n250 8BITMIME");
            } else if (upper.startsWith("MAIL FROM:")) {
                say(out, "250 OK");
            } else if (upper.startsWith("RCPT TO:")) {
                to = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                say(out, "250 OK");
            } else if (upper.equals("DATA")) {
                say(out, "354 go on");
                var message = new StringBuilder();
                String data;
                while ((data = in.readLine()) != null && !data.equals(".")) {
                    // The client doubles a leading dot (RFC 5321, 4.5.2); the reader gets it once.
                    message.append(data.startsWith("..") ? data.substring(1) : data).append("\r\n");
                }
                if (refuseNext.getAndDecrement() > 0) {
                    say(out, "451 try later");
                } else {
                    received.add(parse(to, message.toString()));
                    say(out, "250 queued");
                }
            } else if (upper.equals("QUIT")) {
                say(out, "221 bye");
                return;
            } else {
                say(out, "502 unknown");
            }
        }
    }

    /** The message as a mail reader would see it: Jakarta Mail decodes the subject's and body's encodings. */
    private static Received parse(String to, String message) {
        try {
            var mime = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                    new java.io.ByteArrayInputStream(message.getBytes(StandardCharsets.ISO_8859_1)));
            return new Received(to, mime.getSubject(), String.valueOf(mime.getContent()).strip());
        } catch (jakarta.mail.MessagingException | IOException unreadable) {
            throw new IllegalStateException("not a mail", unreadable);
        }
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
