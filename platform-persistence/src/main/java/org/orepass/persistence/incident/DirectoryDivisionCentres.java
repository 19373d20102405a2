package org.orepass.persistence.incident;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.orepass.incident.internal.DivisionCentres;
import org.orepass.persistence.site.SiteDirectory;
import org.springframework.stereotype.Repository;

/**
 * Division centres as the average position of the registry's sites, from the site directory kept in memory
 * (SQL's average over every site of the divisions shown cost an index-only pass over the registry on every
 * dashboard view).
 */
@Repository
class DirectoryDivisionCentres implements DivisionCentres {

    private final SiteDirectory directory;

    DirectoryDivisionCentres(SiteDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Map<String, DivisionCentre> of(Collection<String> divisions) {
        var result = new HashMap<String, DivisionCentre>();
        directory.divisionCentres(divisions).forEach((division, centre) -> result.put(division,
                new DivisionCentre(division, centre.latitude(), centre.longitude(), centre.sites())));
        return result;
    }
}
