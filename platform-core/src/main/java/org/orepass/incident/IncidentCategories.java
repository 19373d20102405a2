package org.orepass.incident;

import java.util.List;
import java.util.Optional;

/** The incident taxonomy (a port). */
public interface IncidentCategories {

    IncidentCategory add(IncidentCategory category);

    Optional<IncidentCategory> findById(Long id);

    /** Every entry, categories before their subcategories, by id (the seeded order). */
    List<IncidentCategory> allInOrder();

    boolean codeTaken(String code);

    Optional<IncidentCategory> findByCode(String code);
}
