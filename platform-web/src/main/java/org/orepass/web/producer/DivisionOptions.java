package org.orepass.web.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.orepass.geography.Countries;
import org.orepass.geography.Divisions;

/**
 * The divisions the programme dashboard's filter offers, by name (issue 22): those of the chosen country, or, with
 * no country chosen, those of every programme country with a list, grouped by country. A select that works without
 * script: the reader chooses, then submits. A division already chosen that no list holds stays offered by its code.
 */
public final class DivisionOptions {

    /** A country's divisions under its name in the reader's language. */
    public record Group(String country, String countryName, List<Divisions.Division> divisions) {
    }

    private DivisionOptions() {
    }

    static List<Group> of(String country, String chosen, Locale locale) {
        var countries = country != null ? List.of(country) : Countries.PROGRAMME_COUNTRIES;
        var groups = new ArrayList<Group>();
        boolean found = chosen == null;
        for (var code : countries) {
            var divisions = Divisions.of(code);
            if (!divisions.isEmpty()) {
                groups.add(new Group(code, Countries.displayName(code, locale), divisions));
                found |= divisions.stream().anyMatch(d -> d.code().equals(chosen));
            }
        }
        if (!found) {
            groups.add(new Group(chosen.substring(0, 2), Countries.displayName(chosen.substring(0, 2), locale),
                    List.of(new Divisions.Division(chosen, chosen))));
        }
        return groups;
    }
}
