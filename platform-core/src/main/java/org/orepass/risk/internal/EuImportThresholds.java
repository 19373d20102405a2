package org.orepass.risk.internal;

import org.orepass.risk.EuImportThreshold;
import java.util.List;
import java.util.Optional;

/** The Annex I thresholds (a port; persistence implements it). */
public interface EuImportThresholds {

    EuImportThreshold add(EuImportThreshold threshold);

    Optional<EuImportThreshold> findByCnCode(String cnCode);

    /** All of them, by CN code. */
    List<EuImportThreshold> listed();
}
