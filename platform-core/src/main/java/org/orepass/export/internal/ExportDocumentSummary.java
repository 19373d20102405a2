package org.orepass.export.internal;

import java.time.Instant;

/** A shipment document as lists show it, without its bytes. */
public record ExportDocumentSummary(Long id, Long shipmentId, String fileName, String contentType, long sizeBytes,
        String uploadedBy, Instant uploadedAt) {
}
