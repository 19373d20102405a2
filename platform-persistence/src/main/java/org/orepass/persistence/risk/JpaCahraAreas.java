package org.orepass.persistence.risk;

import java.util.List;
import org.orepass.risk.CahraArea;
import org.orepass.risk.internal.CahraAreas;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpaCahraAreas extends JpaRepository<CahraArea, Long>, CahraAreas {

    @Override
    default CahraArea add(CahraArea area) {
        return save(area);
    }

    @Override
    default void remove(CahraArea area) {
        delete(area);
    }

    @Override
    default void removeAll(List<CahraArea> areas) {
        // Deleted entity by entity (the audit listener sees each) and flushed before the inserts that follow:
        // Hibernate would otherwise insert first and hit the unique place index.
        deleteAll(areas);
        flush();
    }

    @Override
    @Query("select a from CahraArea a order by a.country, a.division nulls first")
    List<CahraArea> listed();

    @Override
    @Query("select count(a) > 0 from CahraArea a where a.country = :country"
            + " and coalesce(a.division, '') = coalesce(:division, '')")
    boolean listedAlready(String country, String division);
}
