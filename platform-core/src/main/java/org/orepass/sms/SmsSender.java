package org.orepass.sms;

/** Sends a text through one aggregator's HTTP API (the web layer has one per provider, and the simulator's). */
public interface SmsSender {

    /** The channel name this sender serves, as in the callback's address ({@code /sms/inbound/{channel}}). */
    String channel();

    /**
     * Sends; returns normally when the aggregator accepted the message. Throws {@link Refused} when it answered
     * with a refusal or could not be reached before anything was sent (safe to try again later); any other
     * exception means the outcome is unknown.
     */
    void send(String recipient, String text) throws Refused;

    /** A definite failure: nothing reached the phone. */
    class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }
}
