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
    String list(@RequestParam(required = false) Long category, @RequestParam(required = false) String country,
            @RequestParam(required = false) String division, @RequestParam(required = false) Integer page,
            Locale locale, Model model) {
        var search = new IncidentSearch(null, category, null, IncidentForm.upper(country),
                IncidentForm.upper(division), null, null, null, false);
        model.addAttribute("categories", CategoryOptions.of(queries.categories(), locale));
        model.addAttribute("search", search);
        model.addAttribute("result", queries.publicList(search, Pages.of(page, null)));
        return LIST;
    }
}
