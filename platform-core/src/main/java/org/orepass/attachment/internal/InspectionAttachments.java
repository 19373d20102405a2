package org.orepass.attachment.internal;

import org.orepass.attachment.AttachmentSummary;
import org.orepass.attachment.InspectionAttachment;
import java.util.List;
import java.util.Optional;

/** Files attached to inspections (a port; persistence implements it). */
public interface InspectionAttachments {

    InspectionAttachment add(InspectionAttachment attachment);

    /** The attachment with its bytes, for a download. */
    Optional<InspectionAttachment> findById(Long id);

    /** The attachments of an inspection without their bytes, oldest first. */
    List<AttachmentSummary> summariesOfInspection(Long inspectionId);

    /** The attachments of all inspections of a site without their bytes, by inspection, oldest first. */
    List<AttachmentSummary> summariesOfSite(Long siteId);

    /** The site an inspection belongs to, if the inspection exists. */
    Optional<Long> siteOfInspection(Long inspectionId);
}
