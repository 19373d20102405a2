package org.orepass.persistence.revenue;

import java.util.List;
import org.orepass.revenue.TaxDue;
import org.orepass.revenue.internal.TaxDues;
import org.orepass.revenue.TaxSource;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaTaxDues extends JpaRepository<TaxDue, Long>, TaxDues {

    @Override
    default TaxDue add(TaxDue due) {
        return save(due);
    }

    @Override
    default List<TaxDue> ofSource(TaxSource kind, Long sourceId) {
        return findBySourceKindAndSourceIdOrderByTaxType(kind, sourceId);
    }

    List<TaxDue> findBySourceKindAndSourceIdOrderByTaxType(TaxSource kind, Long sourceId);

    @Override
    default List<TaxDue> ofSources(TaxSource kind, java.util.Collection<Long> sourceIds) {
        return findBySourceKindAndSourceIdInOrderBySourceIdAscTaxTypeAsc(kind, sourceIds);
    }

    List<TaxDue> findBySourceKindAndSourceIdInOrderBySourceIdAscTaxTypeAsc(TaxSource kind,
            java.util.Collection<Long> sourceIds);
}
