package org.orepass.persistence.site;

import org.orepass.site.Inspection;
import org.orepass.site.internal.Inspections;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaInspections extends JpaRepository<Inspection, Long>, Inspections {

    @Override
    default Inspection add(Inspection inspection) {
        return save(inspection);
    }
}
