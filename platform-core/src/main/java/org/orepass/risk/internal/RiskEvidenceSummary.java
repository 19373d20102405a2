package org.orepass.risk.internal;

import org.orepass.risk.AnnexIIRisk;
import java.time.Instant;

/** What the assessment page lists of an evidence file: everything but its bytes. */
public record RiskEvidenceSummary(Long id, AnnexIIRisk risk, String fileName, String contentType, long sizeBytes,
        String uploadedBy, Instant uploadedAt) {
}
