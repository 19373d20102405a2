package org.orepass.web.incident;

import java.util.Locale;
import org.orepass.incident.IncidentQueries;
import org.orepass.incident.IncidentSearch;
import org.orepass.web.support.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public list of verified incidents: division-level places, no names, nothing marked sensitive. */
@Controller
class PublicIncidentController {

    static final String LIST = "incident/public-list";

    private final IncidentQueries queries;

    PublicIncidentController(IncidentQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/public/incidents")
    String list(@RequestParam(required = false) Long category, @RequestParam(required = false) Integer severity,
            @RequestParam(required = false) String country, @RequestParam(required = false) String division,
            @RequestParam(required = false) org.orepass.site.Mineral mineral,
            @RequestParam(required = false) org.orepass.incident.IncidentStatus status,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate to,
            @RequestParam(required = false) Integer page, Locale locale, Model model) {
        // The dashboard's links carry every filter; a status the public may not see simply matches nothing.
        var search = new IncidentSearch(status, category, severity, IncidentForm.upper(country),
                IncidentForm.upper(division), mineral, from, to, false);
        model.addAttribute("categories", CategoryOptions.of(queries.categories(), locale));
        model.addAttribute("search", search);
        model.addAttribute("result", queries.publicList(search, Pages.of(page, null)));
        return LIST;
    }
}
