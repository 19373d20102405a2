package org.orepass.web.incident;

import java.util.List;
import org.orepass.incident.ReportSiteLinking;
import org.orepass.incident.SiteChoice;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.web.support.Forms;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The site step of both report forms, without JavaScript: the reporter types a name or a place and presses
 * "Find site"; the form comes back with what they typed and the matches as radio buttons
 * ({@code incident/site-picker.html}). Matches show a name and a place in words, never a position.
 */
@Component
class SitePicker {

    static final String FIND = "findSite";

    private final ReportSiteLinking linking;

    SitePicker(ReportSiteLinking linking) {
        this.linking = linking;
    }

    /**
     * "Find site" was pressed: the form is not sent. Only errors in what was typed so far stay (a letter in a
     * number field, a site id that is not a number); "required" would be premature.
     */
    void search(ReportFacts form, BindingResult typed, Model model) {
        var kept = new BeanPropertyBindingResult(form, "form");
        typed.getFieldErrors().stream().filter(error -> error.isBindingFailure()).forEach(kept::addError);
        List<SiteChoice> matches = null;
        try {
            matches = linking.find(form.getSiteQuery(), ReportFacts.upper(form.getCountry()));
        } catch (DomainRuleViolation violation) {
            Forms.reject(kept, violation);
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", kept);
        model.addAttribute("siteMatches", matches);
        model.addAttribute("manyMatches", matches != null && matches.size() >= ReportSiteLinking.MATCHES_SHOWN);
        show(form, model);
    }

    /** The site already chosen, shown (checked) with the matches when the form comes back. */
    void show(ReportFacts form, Model model) {
        linking.choice(form.getSiteId()).ifPresent(site -> model.addAttribute("chosenSite", site));
    }
}
