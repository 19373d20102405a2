package org.orepass.web.custody;

import org.orepass.account.Actor;
import jakarta.validation.Valid;
import org.orepass.custody.CustodyQueries;
import org.orepass.custody.GradeBasis;
import org.orepass.custody.MassUnit;
import org.orepass.custody.Production;
import org.orepass.custody.TagIssuing;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.web.support.Forms;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Chain of custody, first link: tags issued to a site, production lots sealed with them, and anomalies. */
@Controller
class CustodyController {

    static final String TAGS = "custody/tags";
    static final String LOT_FORM = "custody/lot-form";
    static final String LOT = "custody/lot";
    static final String LOTS = "custody/lots";
    static final String ANOMALIES = "custody/anomalies";

    private final CustodyQueries queries;
    private final TagIssuing issuing;
    private final Production production;
    private final LotPage lotPage;

    private final org.orepass.custody.LotSearching lotSearching;

    CustodyController(CustodyQueries queries, TagIssuing issuing, Production production, LotPage lotPage,
            org.orepass.custody.LotSearching lotSearching) {
        this.lotSearching = lotSearching;
        this.queries = queries;
        this.issuing = issuing;
        this.production = production;
        this.lotPage = lotPage;
    }

    @GetMapping("/sites/{id}/tags")
    String tags(@PathVariable Long id, Model model, Actor actor) {
        model.addAttribute("form", new TagBatchForm());
        return showTags(id, model, actor);
    }

    @PostMapping("/sites/{id}/tags")
    String issue(@PathVariable Long id, @Valid @ModelAttribute("form") TagBatchForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                var issued = issuing.issue(actor, id, form.getPrefix(), form.getFrom(),
                        form.getTo());
                redirect.addFlashAttribute("flash", "tag.issued");
                redirect.addFlashAttribute("issuedCount", issued.size());
                return "redirect:/sites/" + id + "/tags";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        return showTags(id, model, actor);
    }

    @PostMapping("/sites/{id}/tags/{tagId}/void")
    String voidTag(@PathVariable Long id, @PathVariable Long tagId, RedirectAttributes redirect, Actor actor) {
        try {
            issuing.voidTag(actor, tagId);
            redirect.addFlashAttribute("flash", "tag.voided");
        } catch (DomainRuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKey());
        }
        return "redirect:/sites/" + id + "/tags";
    }

    @GetMapping("/lots/new")
    String newLot(@RequestParam Long site, Model model, Actor actor) {
        var form = new LotForm();
        form.setProductionDate(queries.today());
        model.addAttribute("form", form);
        return showLotForm(site, model, actor);
    }

    @PostMapping("/lots")
    String produce(@RequestParam Long site, @Valid @ModelAttribute("form") LotForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                var produced = production.produce(actor, site, form.toDetails());
                redirect.addFlashAttribute("flash", produced.overCapacity() ? "lot.saved.over-capacity"
                        : "lot.saved");
                return "redirect:/lots/" + produced.lot().getId();
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException raced) {
                // Someone sealed a lot with the same tag a moment earlier: the tag's version or the unique
                // index on lot.tag_id stopped the second lot.
                result.rejectValue("tagNumber", "lot.tag.used", new Object[] {form.getTagNumber()}, null);
            }
        } else {
            // The domain's problems too (a mineral the site does not produce, a date to come), for the fields the
            // form's own checks left alone: every problem of one submission at once (issue 16).
            try {
                production.check(actor, site, form.toDetails());
            } catch (DomainRuleViolation violation) {
                Forms.rejectAlso(result, violation);
            }
        }
        return showLotForm(site, model, actor);
    }

    @GetMapping("/lots/{id}")
    String lot(@PathVariable Long id, Model model, Actor actor) {
        return lotPage.show(actor, id, model);
    }

    @GetMapping("/lots")
    String lots(@org.springframework.web.bind.annotation.RequestParam(required = false) String lot,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String tag, Model model, Actor actor) {
        // Filtered by the start of the lot's or the tag's number (issue 16); the same lots as the list otherwise.
        var filtered = lot != null && !lot.isBlank() || tag != null && !tag.isBlank();
        model.addAttribute("lotFilter", lot == null ? "" : lot.strip());
        model.addAttribute("tagFilter", tag == null ? "" : tag.strip());
        model.addAttribute("filtered", filtered);
        model.addAttribute("lots", filtered ? lotSearching.rows(actor, lot, tag) : queries.lots(actor));
        model.addAttribute("productionSites", queries.productionSites(actor));
        return LOTS;
    }

    @GetMapping("/custody/anomalies")
    String anomalies(Model model, Actor actor) {
        model.addAttribute("anomalies", queries.anomalies(actor));
        return ANOMALIES;
    }

    private String showTags(Long id, Model model, Actor actor) {
        model.addAttribute("siteTags", queries.tagsOf(actor, id));
        return TAGS;
    }

    private String showLotForm(Long siteId, Model model, Actor actor) {
        var site = queries.productionSite(actor, siteId);
        model.addAttribute("site", site);
        model.addAttribute("siteMinerals", site.getMinerals().stream().sorted().toList());
        model.addAttribute("units", MassUnit.values());
        // Another basis a grade may be typed in for the site's minerals (cassiterite: Sn), besides each mineral's own.
        model.addAttribute("otherGradeBases", site.getMinerals().stream().sorted()
                .flatMap(m -> GradeBasis.acceptedFor(m).stream().filter(b -> b != GradeBasis.canonicalFor(m)))
                .distinct().toList());
        return LOT_FORM;
    }
}
