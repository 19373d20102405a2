package org.orepass.persistence.incident;

import java.util.List;
import org.orepass.incident.IncidentComment;
import org.orepass.incident.internal.IncidentComments;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaIncidentComments extends JpaRepository<IncidentComment, Long>, IncidentComments {

    @Override
    default IncidentComment add(IncidentComment comment) {
        return save(comment);
    }

    @Override
    List<IncidentComment> findByIncidentIdOrderById(Long incidentId);
}
