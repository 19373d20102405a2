package org.orepass.persistence.site;

import org.orepass.site.IcglrSupplement;
import org.orepass.site.IcglrSupplements;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaIcglrSupplements extends JpaRepository<IcglrSupplement, Long>, IcglrSupplements {

    @Override
    default IcglrSupplement store(IcglrSupplement supplement) {
        return save(supplement);
    }

    @Override
    default void remove(IcglrSupplement supplement) {
        delete(supplement);
    }
}
