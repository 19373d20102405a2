package org.orepass.attachment;

import org.orepass.attachment.internal.InspectionAttachments;
import java.time.Clock;
import org.orepass.account.Actor;
import org.orepass.shared.NotFoundException;
import org.orepass.site.MineSite;
import org.orepass.site.MineSites;
import org.orepass.site.SiteAccess;
import org.orepass.site.SiteAccessDenied;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An inspector who may inspect a site attaches reports (PDF) and photos (JPEG, PNG) to its inspections. The
 * type is read from the content; the size limit is configurable ({@code orepass.attachments.max-bytes}).
 */
@Service
@Transactional
public class AttachmentUpload {


    private final MineSites sites;
    private final InspectionAttachments attachments;
    private final Clock clock;
    private final long maxBytes;

    public AttachmentUpload(MineSites sites, InspectionAttachments attachments, Clock clock,
            @Value("${orepass.attachments.max-bytes:10485760}") long maxBytes) {
        this.sites = sites;
        this.attachments = attachments;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** The site of an inspection the actor may attach files to (for the upload page). */
    @Transactional(readOnly = true)
    public MineSite siteToAttachTo(Actor actor, Long siteId, Long inspectionId) {
        var site = sites.findById(siteId).orElseThrow(() -> new NotFoundException("MineSite", siteId));
        if (!SiteAccess.maySee(actor, site)
                || !attachments.siteOfInspection(inspectionId).map(siteId::equals).orElse(false)) {
            throw new NotFoundException("Inspection", inspectionId);
        }
        if (!SiteAccess.mayInspect(actor, site)) {
            throw new SiteAccessDenied("attach files to inspections of site " + site.getIcglrId());
        }
        return site;
    }

    public InspectionAttachment attach(Actor actor, Long siteId, Long inspectionId, String fileName,
            byte[] content) {
        siteToAttachTo(actor, siteId, inspectionId);
        var file = UploadedFile.check(fileName, content, maxBytes, "attachment");
        return attachments.add(new InspectionAttachment(inspectionId, file.name(), file.type(), content,
                file.sha256(), actor.username(), clock.instant()));
    }

    public long maxMegabytes() {
        return UploadedFile.megabytes(maxBytes);
    }


}
