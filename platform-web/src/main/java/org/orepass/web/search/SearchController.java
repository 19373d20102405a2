package org.orepass.web.search;

import org.orepass.account.Actor;
import org.orepass.search.Searching;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The header's search box: results grouped by kind, each a link, only what the reader may open (issue 16). */
@Controller
class SearchController {

    static final String RESULTS = "search/results";

    private final Searching searching;

    SearchController(Searching searching) {
        this.searching = searching;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model, Actor actor) {
        model.addAttribute("results", searching.find(actor, q));
        model.addAttribute("minLength", Searching.MIN_LENGTH);
        return RESULTS;
    }
}
