package org.orepass.incident.internal;

import org.orepass.incident.IncidentAttachment;
import java.util.List;
import java.util.Optional;

/** Files of incidents (a port). */
public interface IncidentAttachments {

    IncidentAttachment add(IncidentAttachment attachment);

    Optional<IncidentAttachment> findById(Long id);

    List<IncidentAttachmentSummary> summariesOf(Long incidentId);
}
