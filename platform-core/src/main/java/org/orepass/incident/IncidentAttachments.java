package org.orepass.incident;

import java.util.List;
import java.util.Optional;

/** Files of incidents (a port). */
public interface IncidentAttachments {

    IncidentAttachment add(IncidentAttachment attachment);

    Optional<IncidentAttachment> findById(Long id);

    List<IncidentAttachmentSummary> summariesOf(Long incidentId);
}
