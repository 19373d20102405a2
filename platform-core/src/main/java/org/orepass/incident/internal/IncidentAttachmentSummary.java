package org.orepass.incident.internal;

import java.time.Instant;

/** What the incident page lists of a file: everything but its bytes. */
public record IncidentAttachmentSummary(Long id, String fileName, String contentType, long sizeBytes,
        String uploadedBy, Instant uploadedAt) {
}
