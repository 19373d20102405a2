package org.orepass.sms;

import java.util.List;
import org.orepass.geography.Divisions;
import org.orepass.incident.ReportSiteLinking;
import org.springframework.stereotype.Component;

/**
 * The places of the USSD menu: a country's divisions by name ({@link Divisions}), and the registered sites the
 * public report form would offer for the typed words ({@link ReportSiteLinking#find}: name and place only), kept
 * to the chosen division.
 */
@Component
class RegisteredPlaces implements UssdPlaces {

    private final ReportSiteLinking sites;

    RegisteredPlaces(ReportSiteLinking sites) {
        this.sites = sites;
    }

    @Override
    public List<Place> divisions(String country) {
        return Divisions.of(country).stream().map(d -> new Place(d.code(), d.name())).toList();
    }

    @Override
    public List<Place> sites(String division, String typed, int max) {
        var words = typed == null ? "" : typed.strip();
        // Checked here rather than refused by the search: a refusal would fail the USSD request's transaction.
        if (division == null || division.length() < 2 || words.length() < ReportSiteLinking.SHORTEST_SEARCH
                || words.length() > ReportSiteLinking.LONGEST_SEARCH) {
            return List.of();
        }
        return sites.find(words, division.substring(0, 2)).stream()
                .filter(site -> division.equals(site.division()))
                .limit(max)
                .map(site -> new Place(String.valueOf(site.id()), site.name()))
                .toList();
    }
}
