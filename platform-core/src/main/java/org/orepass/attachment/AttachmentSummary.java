package org.orepass.attachment;

import java.time.Instant;

/** What a list shows of an attachment: everything but its bytes. */
public record AttachmentSummary(Long id, Long inspectionId, String fileName, String contentType, long sizeBytes,
        String uploadedBy, Instant uploadedAt) {
}
