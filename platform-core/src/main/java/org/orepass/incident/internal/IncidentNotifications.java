package org.orepass.incident.internal;

import org.orepass.incident.IncidentNotification;
import java.util.List;
import java.util.Set;

/** Notifications (a port). */
public interface IncidentNotifications {

    IncidentNotification add(IncidentNotification notification);

    /** The newest notifications of a country, limited to some divisions unless {@code divisions} is empty. */
    List<IncidentNotification> newestIn(String country, Set<String> divisions, int limit);

    List<IncidentNotification> newest(int limit);
}
