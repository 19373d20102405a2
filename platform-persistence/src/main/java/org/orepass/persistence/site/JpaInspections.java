package org.orepass.persistence.site;

import java.util.List;
import org.orepass.site.Inspection;
import org.orepass.site.internal.Inspections;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaInspections extends JpaRepository<Inspection, Long>, Inspections {

    @Override
    default Inspection add(Inspection inspection) {
        return save(inspection);
    }

    /**
     * A site's inspections with their corrective actions in one statement (issue 15): the actions are an eager
     * collection, which Hibernate otherwise loaded with one more statement per inspection, on every site page and
     * every new inspection's check against the earlier ones. The actions keep their {@code @OrderBy("deadline")}.
     */
    @Override
    @Query("select i from Inspection i left join fetch i.correctiveActions where i.siteId = :siteId"
            + " order by i.inspectedOn desc, i.id desc")
    List<Inspection> findBySiteIdOrderByInspectedOnDescIdDesc(@Param("siteId") Long siteId);
}
