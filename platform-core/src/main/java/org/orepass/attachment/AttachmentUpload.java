package org.orepass.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.orepass.account.Actor;
import org.orepass.shared.DomainRuleViolation;
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

    private static final int MAX_NAME_LENGTH = 200;
    private static final long MEGABYTE = 1024 * 1024;

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
        if (content == null || content.length == 0) {
            throw new DomainRuleViolation("file", "attachment.file.required");
        }
        if (content.length > maxBytes) {
            throw new DomainRuleViolation("file", "attachment.file.too-large", maxMegabytes());
        }
        var type = AttachmentType.of(content)
                .orElseThrow(() -> new DomainRuleViolation("file", "attachment.file.type"));
        return attachments.add(new InspectionAttachment(inspectionId, cleanName(fileName, type), type, content,
                sha256(content), actor.username(), clock.instant()));
    }

    public long maxMegabytes() {
        return Math.max(1, maxBytes / MEGABYTE);
    }

    /** The name without any client path, control characters or quotes, and not longer than the column. */
    static String cleanName(String fileName, AttachmentType type) {
        var name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = type.name().toLowerCase(java.util.Locale.ROOT) + "-file";
        }
        return name.length() > MAX_NAME_LENGTH ? name.substring(name.length() - MAX_NAME_LENGTH) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            // Every Java runtime must provide SHA-256.
            throw new IllegalStateException("SHA-256", impossible);
        }
    }
}
