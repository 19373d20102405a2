package org.orepass.persistence.incident;

import java.util.List;
import org.orepass.incident.FollowUpAction;
import org.orepass.incident.internal.FollowUpActions;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaFollowUpActions extends JpaRepository<FollowUpAction, Long>, FollowUpActions {

    @Override
    default FollowUpAction add(FollowUpAction action) {
        return save(action);
    }

    @Override
    List<FollowUpAction> findByIncidentIdOrderByDueOnAscIdAsc(Long incidentId);
}
