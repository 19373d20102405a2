package org.orepass.incident;

import org.orepass.incident.internal.IncidentAccessDenied;
import org.orepass.incident.internal.IncidentAttachments;
import java.time.Clock;
import org.orepass.account.Actor;
import org.orepass.attachment.UploadedFile;
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
        var file = UploadedFile.check(fileName, content, maxBytes, "attachment");
        return attachments.add(new IncidentAttachment(incidentId, file.name(), file.type(), content,
                file.sha256(), actor.username(), clock.instant()));
    }

    public long maxMegabytes() {
        return UploadedFile.megabytes(maxBytes);
    }


}
