package org.orepass.legalhelp.internal;

import java.time.Instant;

/** A case document without its bytes. */
public record CaseDocumentSummary(Long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
        Instant uploadedAt) {
}
