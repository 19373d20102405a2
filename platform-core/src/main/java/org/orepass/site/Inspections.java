package org.orepass.site;

import java.util.List;

/** Inspections of sites (a port). */
public interface Inspections {

    Inspection add(Inspection inspection);

    List<Inspection> findBySiteIdOrderByInspectedOnDescIdDesc(Long siteId);
}
