package org.orepass.producer.internal;

import java.time.Instant;

/** An evidence file as lists show it (no bytes). */
public record EvidenceSummary(Long id, Long answerId, String fileName, long sizeBytes, String uploadedBy,
        Instant uploadedAt) {
}
