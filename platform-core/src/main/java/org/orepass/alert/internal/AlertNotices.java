package org.orepass.alert.internal;

import java.time.Instant;
import java.util.List;
import org.orepass.alert.AlertKind;
import org.orepass.alert.Notice;

/** The users' alert lists (a port; persistence writes plain SQL). */
public interface AlertNotices {

    /** Adds the line unless the user already has one for the event. */
    void add(long userId, AlertKind kind, String eventKey, String subject, String link, Instant at);

    List<Notice> newest(long userId, int limit);

    long unread(long userId);

    void markAllRead(long userId, Instant at);
}
