package org.orepass.attachment;

import org.orepass.attachment.internal.InspectionAttachments;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.orepass.account.Actor;
import org.orepass.shared.NotFoundException;
import org.orepass.site.MineSites;
import org.orepass.site.SiteAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Listing and downloading attachments: anyone who may see the site may read its inspections' files. */
@Service
@Transactional(readOnly = true)
public class AttachmentQueries {

    private final MineSites sites;
    private final InspectionAttachments attachments;

    public AttachmentQueries(MineSites sites, InspectionAttachments attachments) {
        this.sites = sites;
        this.attachments = attachments;
    }

    /** For the site page, which has already checked that the actor may see the site. */
    public List<AttachmentSummary> ofInspection(Long inspectionId) {
        return attachments.summariesOfInspection(inspectionId);
    }

    /**
     * For the site page: the attachments of all the site's inspections by inspection id, in one query instead of
     * one per inspection. The page has already checked that the actor may see the site.
     */
    public Map<Long, List<AttachmentSummary>> ofSite(Long siteId) {
        return attachments.summariesOfSite(siteId).stream()
                .collect(Collectors.groupingBy(AttachmentSummary::inspectionId, Collectors.toList()));
    }

    /** The file, if the ids belong together and the actor may see the site; otherwise "not found". */
    public InspectionAttachment download(Actor actor, Long siteId, Long inspectionId, Long attachmentId) {
        var site = sites.findById(siteId).orElseThrow(() -> new NotFoundException("MineSite", siteId));
        // Checked before the bytes are read: a refused request costs no file load.
        if (!SiteAccess.maySee(actor, site)
                || !attachments.siteOfInspection(inspectionId).map(siteId::equals).orElse(false)) {
            throw new NotFoundException("InspectionAttachment", attachmentId);
        }
        var attachment = attachments.findById(attachmentId)
                .filter(found -> found.getInspectionId().equals(inspectionId))
                .orElseThrow(() -> new NotFoundException("InspectionAttachment", attachmentId));
        return attachment;
    }
}
