package org.orepass.site;

import java.util.List;

/** Status histories (a port). */
public interface StatusChanges {

    StatusChange add(StatusChange change);

    List<StatusChange> findBySiteIdOrderByChangedOnDescIdDesc(Long siteId);
}
