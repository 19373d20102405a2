package org.orepass.persistence.custody;

import java.util.List;
import org.orepass.custody.internal.CustodyAnomalies;
import org.orepass.custody.internal.CustodyAnomaly;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaCustodyAnomalies extends JpaRepository<CustodyAnomaly, Long>, CustodyAnomalies {

    @Override
    default CustodyAnomaly add(CustodyAnomaly anomaly) {
        return save(anomaly);
    }

    @Override
    default List<CustodyAnomaly> newest(int limit) {
        return findByOrderByIdDesc(Limit.of(limit));
    }

    @Override
    default List<CustodyAnomaly> ofSite(Long siteId) {
        return findBySiteIdOrderByIdDesc(siteId);
    }

    List<CustodyAnomaly> findByOrderByIdDesc(Limit limit);

    List<CustodyAnomaly> findBySiteIdOrderByIdDesc(Long siteId);
}
