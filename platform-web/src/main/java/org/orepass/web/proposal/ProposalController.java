package org.orepass.web.proposal;

import org.orepass.web.security.SignedInUser;
import org.orepass.account.Actor;
import jakarta.validation.Valid;
import java.util.Locale;
import org.orepass.organisation.Organisations;
import org.orepass.proposal.SiteChangeProposing;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.StaleEditException;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.Licence;
import org.orepass.site.MineSite;
import org.orepass.site.Mineral;
import org.orepass.site.MiningType;
import org.orepass.web.site.SiteForm;
import org.orepass.web.support.CountryOption;
import org.orepass.web.support.Forms;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Operators propose changes to their own sites on the site form; inspectors review the changed fields, then
 * approve or reject. Who may do what is decided by {@link SiteChangeProposing}.
 */
@Controller
@RequestMapping("/sites")
class ProposalController {

    /** The site form itself, with another action and button: one form, one set of rules. */
    static final String FORM = "site/form";
    static final String LIST = "proposal/list";
    static final String REVIEW = "proposal/review";

    private final SiteChangeProposing proposing;
    private final Organisations organisations;
    private final ProposalRows rows;

    ProposalController(SiteChangeProposing proposing, Organisations organisations, ProposalRows rows) {
        this.proposing = proposing;
        this.organisations = organisations;
        this.rows = rows;
    }

    @GetMapping("/{id}/proposals/new")
    String create(@PathVariable Long id, Model model, Actor actor) {
        var site = proposing.siteToChange(actor, id);
        model.addAttribute("form", SiteForm.of(site));
        return showForm(site, model);
    }

    @PostMapping("/{id}/proposals")
    String propose(@PathVariable Long id, @Valid @ModelAttribute("form") SiteForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        var site = proposing.siteToChange(actor, id);
        if (!result.hasErrors()) {
            try {
                var proposal = proposing.propose(actor, id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("flash", "proposal.submitted");
                return "redirect:/sites/proposals/" + proposal.getId();
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
                if ("site.coordinates.outside-country".equals(violation.messageKey())) {
                    model.addAttribute("askLocationConfirmation", true);
                }
            } catch (StaleEditException stale) {
                Forms.rejectStale(result);
            }
        }
        return showForm(site, model);
    }

    @GetMapping("/proposals")
    String list(Model model, SignedInUser user, Actor actor) {
        var lists = proposing.lists(actor);
        model.addAttribute("toReview", lists.toReview());
        model.addAttribute("own", lists.own());
        model.addAttribute("reviewer", user.is("INSPECTOR") || user.is("ADMIN"));
        return LIST;
    }

    @GetMapping("/proposals/{proposalId}")
    String review(@PathVariable Long proposalId, Model model, Locale locale, Actor actor) {
        model.addAttribute("rejection", new RejectionForm());
        return showReview(proposalId, model, locale, actor);
    }

    @PostMapping("/proposals/{proposalId}/approve")
    String approve(@PathVariable Long proposalId, @RequestParam long reviewedVersion,
            RedirectAttributes redirect, Actor actor) {
        try {
            var site = proposing.approve(actor, proposalId, reviewedVersion);
            redirect.addFlashAttribute("flash", "proposal.approved");
            return "redirect:/sites/" + site.getId();
        } catch (StaleEditException | OptimisticLockingFailureException stale) {
            // Never applied over a newer site (or a proposal another inspector decided in the same moment): the
            // review page now compares with the site as it is.
            redirect.addFlashAttribute("flashError", "proposal.stale");
        } catch (DomainRuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKey());
            redirect.addFlashAttribute("flashErrorArgs", violation.arguments());
        }
        return "redirect:/sites/proposals/" + proposalId;
    }

    @PostMapping("/proposals/{proposalId}/reject")
    String reject(@PathVariable Long proposalId, @Valid @ModelAttribute("rejection") RejectionForm rejection,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                proposing.reject(actor, proposalId, rejection.getReason());
                redirect.addFlashAttribute("flash", "proposal.rejected");
                return "redirect:/sites/proposals/" + proposalId;
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (OptimisticLockingFailureException decidedMeanwhile) {
                Forms.rejectStale(result);
            }
        }
        return showReview(proposalId, model, locale, actor);
    }

    private String showReview(Long proposalId, Model model, Locale locale, Actor actor) {
        var review = proposing.review(actor, proposalId);
        model.addAttribute("review", review);
        model.addAttribute("rows", rows.of(review.proposal().getChanges(), review.current(), locale));
        return REVIEW;
    }

    private String showForm(MineSite site, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("proposing", true);
        model.addAttribute("formAction", "/sites/" + site.getId() + "/proposals");
        model.addAttribute("countries", CountryOption.all(LocaleContextHolder.getLocale()));
        model.addAttribute("allMinerals", Mineral.values());
        model.addAttribute("owners", organisations.allActive());
        model.addAttribute("activities", ActivityStatus.values());
        model.addAttribute("miningTypes", MiningType.values());
        model.addAttribute("stages", FormalisationStage.values());
        model.addAttribute("licenceTypes", Licence.Type.values());
        return FORM;
    }

}
