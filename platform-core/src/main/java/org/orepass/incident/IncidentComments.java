package org.orepass.incident;

import java.util.List;

/** Comments of incidents (a port). */
public interface IncidentComments {

    IncidentComment add(IncidentComment comment);

    List<IncidentComment> findByIncidentIdOrderById(Long incidentId);
}
