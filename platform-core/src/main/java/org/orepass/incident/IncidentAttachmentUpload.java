package org.orepass.incident;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import org.orepass.account.Actor;
import org.orepass.attachment.AttachmentType;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos and documents of an incident, as for inspections: the type is read from the content, the size limit
 * is the attachments' one. Those who follow up and the reporting organisation attach files. The public form
 * takes none: a phone photo carries the device and often the place in its metadata.
 */
@Service
@Transactional
public class IncidentAttachmentUpload {

    private static final int MAX_NAME_LENGTH = 200;
    private static final long MEGABYTE = 1024 * 1024;

    private final Incidents incidents;
    private final IncidentAttachments attachments;
    private final Clock clock;
    private final long maxBytes;

    public IncidentAttachmentUpload(Incidents incidents, IncidentAttachments attachments, Clock clock,
            @Value("${orepass.attachments.max-bytes:10485760}") long maxBytes) {
        this.incidents = incidents;
        this.attachments = attachments;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public IncidentAttachment attach(Actor actor, Long incidentId, String fileName, byte[] content) {
        var incident = incidents.findById(incidentId).orElseThrow(() -> new NotFoundException("Incident",
                incidentId));
        if (!IncidentAccess.mayComment(actor, incident)) {
            throw new IncidentAccessDenied("attach files to incident " + incidentId);
        }
        if (content == null || content.length == 0) {
            throw new DomainRuleViolation("file", "attachment.file.required");
        }
        if (content.length > maxBytes) {
            throw new DomainRuleViolation("file", "attachment.file.too-large", maxMegabytes());
        }
        var type = AttachmentType.of(content)
                .orElseThrow(() -> new DomainRuleViolation("file", "attachment.file.type"));
        return attachments.add(new IncidentAttachment(incidentId, cleanName(fileName, type), type, content,
                sha256(content), actor.username(), clock.instant()));
    }

    public long maxMegabytes() {
        return Math.max(1, maxBytes / MEGABYTE);
    }

    static String cleanName(String fileName, AttachmentType type) {
        var name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = type.name().toLowerCase(Locale.ROOT) + "-file";
        }
        return name.length() > MAX_NAME_LENGTH ? name.substring(name.length() - MAX_NAME_LENGTH) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256", impossible);
        }
    }
}
