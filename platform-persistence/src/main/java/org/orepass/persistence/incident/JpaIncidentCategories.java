package org.orepass.persistence.incident;

import java.util.List;
import java.util.Optional;
import org.orepass.incident.IncidentCategories;
import org.orepass.incident.IncidentCategory;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpaIncidentCategories extends JpaRepository<IncidentCategory, Long>, IncidentCategories {

    @Override
    default IncidentCategory add(IncidentCategory category) {
        return save(category);
    }

    /** Each category followed by its subcategories. */
    @Override
    @Query("""
            select c from IncidentCategory c
            order by coalesce(c.parentId, c.id), case when c.parentId is null then 0 else 1 end, c.id""")
    List<IncidentCategory> allInOrder();

    boolean existsByCode(String code);

    @Override
    default boolean codeTaken(String code) {
        return existsByCode(code);
    }

    @Override
    Optional<IncidentCategory> findByCode(String code);
}
