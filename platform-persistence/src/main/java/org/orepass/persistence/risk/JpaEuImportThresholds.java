package org.orepass.persistence.risk;

import java.util.List;
import java.util.Optional;
import org.orepass.risk.EuImportThreshold;
import org.orepass.risk.internal.EuImportThresholds;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpaEuImportThresholds extends JpaRepository<EuImportThreshold, String>, EuImportThresholds {

    @Override
    default EuImportThreshold add(EuImportThreshold threshold) {
        return save(threshold);
    }

    @Override
    default Optional<EuImportThreshold> findByCnCode(String cnCode) {
        return cnCode == null ? Optional.empty() : findById(cnCode);
    }

    @Override
    @Query("select t from EuImportThreshold t order by t.cnCode")
    List<EuImportThreshold> listed();
}
