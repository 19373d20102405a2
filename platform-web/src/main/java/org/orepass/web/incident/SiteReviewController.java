package org.orepass.web.incident;

import org.orepass.account.Actor;
import org.orepass.incident.IncidentFollowUp;
import org.orepass.shared.DomainRuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The site's inspector clears a review from the site page, with a note saying why. */
@Controller
class SiteReviewController {

    private final IncidentFollowUp followUp;

    SiteReviewController(IncidentFollowUp followUp) {
        this.followUp = followUp;
    }

    @PostMapping("/incidents/site-reviews/{id}/clear")
    String clear(@PathVariable Long id, @RequestParam Long site, @RequestParam(required = false) String note,
            RedirectAttributes redirect, Actor actor) {
        try {
            var review = followUp.clearReview(actor, id, note);
            redirect.addFlashAttribute("flash", "incident.review.cleared");
            return "redirect:/sites/" + review.getSiteId();
        } catch (DomainRuleViolation violation) {
            redirect.addFlashAttribute("flashError", "incident.review.note.required");
            return "redirect:/sites/" + site + "#site-review";
        }
    }
}
