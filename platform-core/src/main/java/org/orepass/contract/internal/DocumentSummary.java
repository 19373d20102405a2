package org.orepass.contract.internal;

import java.time.Instant;

/** A contract document without its bytes. */
public record DocumentSummary(Long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
        Instant uploadedAt) {
}
