package org.orepass.web.incident;

import java.util.List;
import java.util.Locale;
import org.orepass.incident.Incident;
import org.orepass.incident.IncidentQueries;
import org.orepass.web.security.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the lot page shows about incidents, called from incident/lot-incidents.html (one include line in
 * custody/lot.html) so the custody controller needs no change for this feature.
 */
@Component("lotIncidents")
public class LotIncidents {

    private final IncidentQueries queries;

    LotIncidents(IncidentQueries queries) {
        this.queries = queries;
    }

    /** One line: the incident and its category's name in the reader's language. */
    public record Line(Incident incident, String categoryName) {
    }

    /** The page has checked that the user may see the lot; each incident is checked here. */
    public List<Line> about(Long lotId) {
        var found = queries.aboutLot(CurrentUser.require().actor(), lotId);
        if (found.isEmpty()) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        var names = CategoryOptions.of(queries.categories(), locale).names();
        return found.stream().map(incident -> new Line(incident, names.get(incident.getCategoryId()))).toList();
    }
}
