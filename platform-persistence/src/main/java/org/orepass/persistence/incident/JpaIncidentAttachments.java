package org.orepass.persistence.incident;

import java.util.List;
import org.orepass.incident.IncidentAttachment;
import org.orepass.incident.internal.IncidentAttachmentSummary;
import org.orepass.incident.internal.IncidentAttachments;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaIncidentAttachments extends JpaRepository<IncidentAttachment, Long>, IncidentAttachments {

    @Override
    default IncidentAttachment add(IncidentAttachment attachment) {
        return save(attachment);
    }

    /** A projection: the content column is not read for a list. */
    @Override
    @Query("""
            select new org.orepass.incident.internal.IncidentAttachmentSummary(a.id, a.fileName, a.contentType, a.sizeBytes,
                a.uploadedBy, a.uploadedAt)
            from IncidentAttachment a where a.incidentId = :incidentId order by a.id""")
    List<IncidentAttachmentSummary> summariesOf(@Param("incidentId") Long incidentId);
}
