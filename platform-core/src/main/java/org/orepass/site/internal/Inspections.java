package org.orepass.site.internal;

import org.orepass.site.Inspection;
import java.util.List;
import java.util.Optional;

/** Inspections of sites (a port). */
public interface Inspections {

    Inspection add(Inspection inspection);

    Optional<Inspection> findById(Long id);

    List<Inspection> findBySiteIdOrderByInspectedOnDescIdDesc(Long siteId);
}
