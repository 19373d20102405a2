package org.orepass.incident.internal;

import org.orepass.incident.IncidentComment;
import java.util.List;

/** Comments of incidents (a port). */
public interface IncidentComments {

    IncidentComment add(IncidentComment comment);

    List<IncidentComment> findByIncidentIdOrderById(Long incidentId);
}
