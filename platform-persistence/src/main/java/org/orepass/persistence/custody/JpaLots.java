package org.orepass.persistence.custody;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.orepass.custody.Lot;
import org.orepass.custody.Lots;
import org.orepass.site.Mineral;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaLots extends JpaRepository<Lot, Long>, Lots {

    @Override
    default Lot add(Lot lot) {
        return save(lot);
    }

    @Override
    @Query(value = "select nextval('lot_number_seq')", nativeQuery = true)
    long nextNumber();

    @Override
    @Query("""
            select coalesce(sum(l.massKg), 0) from Lot l
            where l.site.id = :siteId and l.mineral = :mineral and l.productionDate between :from and :to""")
    BigDecimal producedKg(@Param("siteId") Long siteId, @Param("mineral") Mineral mineral,
            @Param("from") LocalDate from, @Param("to") LocalDate to);

    @Override
    default List<Lot> newest(int limit) {
        return findByOrderByIdDesc(Limit.of(limit));
    }

    @Override
    default List<Lot> newestHeldBy(Long organisationId, int limit) {
        return findByCustodianIdOrderByIdDesc(organisationId, Limit.of(limit));
    }

    List<Lot> findByOrderByIdDesc(Limit limit);

    List<Lot> findByCustodianIdOrderByIdDesc(Long organisationId, Limit limit);
}
