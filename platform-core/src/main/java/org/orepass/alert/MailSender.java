package org.orepass.alert;

/** Hands a plain-text mail to a mail server (a port: the web layer speaks SMTP, or keeps it in demo mode). */
public interface MailSender {

    /** The name kept with a sent mail: SMTP, DEMO. */
    String channel();

    /**
     * Returns once the server accepted the mail. Throws {@link Refused} when it definitely did not (a refusal, no
     * connection): the mail is tried again later. Any other exception means the outcome is unknown.
     */
    void send(String recipient, String subject, String body);

    class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }
}
