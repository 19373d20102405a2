package org.orepass.incident.internal;

import org.orepass.incident.FollowUpAction;
import java.util.List;
import java.util.Optional;

/** Follow-up actions of incidents (a port). */
public interface FollowUpActions {

    FollowUpAction add(FollowUpAction action);

    Optional<FollowUpAction> findById(Long id);

    List<FollowUpAction> findByIncidentIdOrderByDueOnAscIdAsc(Long incidentId);
}
