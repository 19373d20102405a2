package org.orepass.producer.internal;

import java.time.Instant;

/** A rehabilitation progress record's file without its bytes (for lists). */
public record RehabilitationFile(Long id, Long progressId, String fileName, long sizeBytes, String uploadedBy,
        Instant uploadedAt) {
}
