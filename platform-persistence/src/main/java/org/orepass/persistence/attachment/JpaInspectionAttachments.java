package org.orepass.persistence.attachment;

import java.util.List;
import java.util.Optional;
import org.orepass.attachment.AttachmentSummary;
import org.orepass.attachment.InspectionAttachment;
import org.orepass.attachment.internal.InspectionAttachments;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaInspectionAttachments extends JpaRepository<InspectionAttachment, Long>, InspectionAttachments {

    @Override
    default InspectionAttachment add(InspectionAttachment attachment) {
        return save(attachment);
    }

    /** A projection: the content column is not read for a list. */
    @Override
    @Query("""
            select new org.orepass.attachment.AttachmentSummary(a.id, a.inspectionId, a.fileName, a.contentType,
                a.sizeBytes, a.uploadedBy, a.uploadedAt)
            from InspectionAttachment a where a.inspectionId = :inspectionId order by a.id""")
    List<AttachmentSummary> summariesOfInspection(@Param("inspectionId") Long inspectionId);

    /** The same for every inspection of a site in one query (the site page lists them all). */
    @Override
    @Query("""
            select new org.orepass.attachment.AttachmentSummary(a.id, a.inspectionId, a.fileName, a.contentType,
                a.sizeBytes, a.uploadedBy, a.uploadedAt)
            from InspectionAttachment a
            where a.inspectionId in (select i.id from Inspection i where i.siteId = :siteId)
            order by a.inspectionId, a.id""")
    List<AttachmentSummary> summariesOfSite(@Param("siteId") Long siteId);

    @Override
    @Query("select i.siteId from Inspection i where i.id = :inspectionId")
    Optional<Long> siteOfInspection(@Param("inspectionId") Long inspectionId);
}
