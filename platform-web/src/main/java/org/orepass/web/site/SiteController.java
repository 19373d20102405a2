package org.orepass.web.site;

import org.orepass.web.security.SignedInUser;
import org.orepass.account.Actor;
import jakarta.validation.Valid;
import java.util.Locale;
import org.orepass.organisation.Organisations;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.StaleEditException;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.Inspection;
import org.orepass.site.Licence;
import org.orepass.site.Mineral;
import org.orepass.site.MiningType;
import org.orepass.site.SiteInspection;
import org.orepass.site.SitePageVersions;
import org.orepass.site.SiteQueries;
import org.orepass.site.SiteRegistration;
import org.orepass.site.SiteSearch;
import org.orepass.site.SiteStatus;
import org.orepass.web.support.CountryOption;
import org.orepass.web.support.Forms;
import org.orepass.web.support.Pages;
import org.orepass.web.support.ReadOnlyPage;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mine-site registry: list, site file with timeline, registration, editing and inspections. */
@Controller
@RequestMapping("/sites")
class SiteController {

    static final String LIST = "site/list";
    static final String FORM = "site/form";
    static final String VIEW = "site/view";
    static final String INSPECTION_FORM = "site/inspection-form";

    private final SiteQueries queries;
    private final SiteRegistration registration;
    private final SiteInspection inspection;
    private final Organisations organisations;
    private final SitePageVersions versions;
    private final KeptSitePages keptPages;

    SiteController(SiteQueries queries, SiteRegistration registration, SiteInspection inspection,
            Organisations organisations, SitePageVersions versions, KeptSitePages keptPages) {
        this.queries = queries;
        this.versions = versions;
        this.keptPages = keptPages;
        this.registration = registration;
        this.inspection = inspection;
        this.organisations = organisations;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
            @RequestParam(required = false) String division, @RequestParam(required = false) Mineral mineral,
            @RequestParam(required = false) SiteStatus status, @RequestParam(required = false) FormalisationStage stage,
            @RequestParam(required = false) ActivityStatus activity,
            @RequestParam(required = false) SiteSearch.Sort sort, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model,
            jakarta.servlet.http.HttpServletRequest request, Actor actor) {
        // The downloads export what the filters on screen select.
        model.addAttribute("exportQuery", request.getQueryString() == null ? "" : "?" + request.getQueryString());
        var search = new SiteSearch(q, upper(country), upper(division), mineral, status, stage, activity, sort);
        model.addAttribute("search", search);
        model.addAttribute("stages", FormalisationStage.values());
        model.addAttribute("activities", ActivityStatus.values());
        model.addAttribute("sorts", SiteSearch.Sort.values());
        model.addAttribute("today", queries.today());
        model.addAttribute("result", queries.list(actor, search, Pages.of(page, size)));
        return withChoices(model, LIST);
    }

    @GetMapping("/new")
    String create(Model model, SignedInUser user) {
        var form = new SiteForm();
        var me = user;
        form.setCountry(me.jurisdictionCountry());
        model.addAttribute("form", form);
        return showForm(model);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") SiteForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                var site = registration.register(actor, form.toDetails());
                redirect.addFlashAttribute("flash", "site.saved");
                return "redirect:/sites/" + site.getId();
            } catch (DomainRuleViolation violation) {
                rejectWithConfirmation(result, violation, model);
            }
        } else if (!result.hasFieldErrors("country")) {
            // The domain's problems too (a point outside the country, a licence expiring before it was granted),
            // for the fields the form's own checks left alone: every problem at once. Without a country there is
            // no jurisdiction to check them in.
            try {
                registration.check(actor, form.toDetails());
            } catch (DomainRuleViolation violation) {
                Forms.rejectAlso(result, violation);
                if (result.getFieldErrors("latitude").stream()
                        .anyMatch(error -> "site.coordinates.outside-country".equals(error.getCode()))) {
                    model.addAttribute("askLocationConfirmation", true);
                }
            }
        }
        return showForm(model);
    }

    @GetMapping("/{id}")
    @ReadOnlyPage
    String view(@PathVariable Long id, Model model, SignedInUser user) throws Exception {
        return page(id, model, user);
    }

    private String page(Long id, Model model, SignedInUser user) throws Exception {
        var me = user;
        var locale = LocaleContextHolder.getLocale();
        // A form shown again with its errors is never kept nor served from what is kept.
        var reshown = model.containsAttribute("decision");
        var key = KeptSitePages.key(id, me.actor(), locale);
        // The version is read before the site: a change committed in between shows now and moves the version on, so
        // what is kept below is never older than its version (KeptSitePages).
        var version = keptPages.enabled() && !reshown ? versions.of(id) : -1;
        var today = queries.today();
        var kept = version < 0 ? null : keptPages.find(key, version, today);
        if (kept != null) {
            model.addAttribute("siteTitle", kept.title());
            model.addAttribute("siteMain", kept.html());
            return VIEW;
        }
        var file = queries.file(me.actor(), id);
        model.addAttribute("file", file);
        var mayInspect = org.orepass.site.SiteAccess.mayInspect(me.actor(), file.site());
        model.addAttribute("mayEdit", org.orepass.site.SiteAccess.mayEdit(me.actor(), file.site()));
        model.addAttribute("mayInspect", mayInspect);
        model.addAttribute("icglrMissing", org.orepass.site.IcglrExchange.missing(file.site()));
        model.addAttribute("icglrWithout", org.orepass.site.IcglrExchange.servedWithout(file.site()));
        model.addAttribute("mayProduce", org.orepass.custody.CustodyAccess.mayProduce(me.actor(), file.site()));
        model.addAttribute("maySeeTags", me.is("ADMIN") || me.is("INSPECTOR") || me.is("AUDITOR"));
        // A more lenient colour waits for a second inspector of the jurisdiction (never the one who asked).
        var pending = file.inspections().stream().filter(Inspection::isAwaitingConfirmation).toList();
        model.addAttribute("pendingOverrides", pending);
        model.addAttribute("mayDecideOverride", mayInspect);
        model.addAttribute("myUsername", me.actor().username());
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", new OverrideDecisionForm());
        }
        var html = keptPages.render(model, locale);
        model.addAttribute("siteTitle", file.site().getName());
        model.addAttribute("siteMain", html);
        // Kept only when seen by right of role or jurisdiction (the same for everyone with the same key), not as a
        // supplier's right that custody records give.
        if (version >= 0 && org.orepass.site.SiteAccess.maySee(me.actor(), file.site())
                && KeptSitePages.mayKeep(html, reshown, !pending.isEmpty())) {
            keptPages.keep(key, new KeptSitePages.Kept(version, today, file.site().getName(), html));
        }
        return VIEW;
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model, Actor actor) {
        var file = queries.file(actor, id);
        model.addAttribute("form", SiteForm.of(file.site()));
        model.addAttribute("site", file.site());
        return showForm(model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") SiteForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                // The form does not edit operators: the site keeps the ones it has.
                var operators = queries.file(actor, id).site().getOperators().stream()
                        .map(org.orepass.organisation.Organisation::getId).collect(java.util.stream.Collectors.toSet());
                registration.edit(actor, id, form.getVersion(),
                        form.toDetails().withOperatorIds(operators));
                redirect.addFlashAttribute("flash", "site.saved");
                return "redirect:/sites/" + id;
            } catch (DomainRuleViolation violation) {
                rejectWithConfirmation(result, violation, model);
            } catch (StaleEditException stale) {
                Forms.rejectStale(result);
            }
        }
        model.addAttribute("site", queries.file(actor, id).site());
        return showForm(model);
    }

    @GetMapping("/{id}/inspections/new")
    String newInspection(@PathVariable Long id, Model model, SignedInUser user, Actor actor) {
        var file = queries.file(actor, id);
        var form = new InspectionForm();
        form.setInspectors(user.fullName());
        form.setSiteVersion(file.site().getVersion());
        model.addAttribute("form", form);
        model.addAttribute("site", file.site());
        return withChoices(model, INSPECTION_FORM);
    }

    @PostMapping("/{id}/inspections")
    String inspect(@PathVariable Long id, @Valid @ModelAttribute("form") InspectionForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                // A form without the version it was opened at is checked against the site as it is now.
                var recorded = form.getSiteVersion() == null ? inspection.record(actor, id, form.toReport())
                        : inspection.record(actor, id, form.getSiteVersion(), form.toReport());
                redirect.addFlashAttribute("flash", recorded.isAwaitingConfirmation() ? "inspection.saved.pending"
                        : "inspection.saved." + recorded.getResult());
                return "redirect:/sites/" + id;
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (StaleEditException | OptimisticLockingFailureException stale) {
                Forms.rejectStale(result);
                // Shown with the site as it is now: saving again, once the author has looked, records it against
                // this version (an offline record meeting a change made meanwhile, issue 21, docs/offline.md).
                form.setSiteVersion(queries.file(actor, id).site().getVersion());
            }
        } else {
            // The domain's problems too (children in hazardous work not counted, a lawful security force without
            // its reason), for the fields the form's own checks left alone: all at once (issue 16).
            try {
                inspection.check(actor, id, form.toReport());
            } catch (DomainRuleViolation violation) {
                Forms.rejectAlso(result, violation);
            }
        }
        model.addAttribute("site", queries.file(actor, id).site());
        return withChoices(model, INSPECTION_FORM);
    }

    @PostMapping("/{id}/inspections/{inspectionId}/confirm")
    String confirmOverride(@PathVariable Long id, @PathVariable Long inspectionId,
            @ModelAttribute("decision") OverrideDecisionForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Actor actor, SignedInUser user) throws Exception {
        try {
            inspection.confirmOverride(actor, id, inspectionId, form.getVersion());
            redirect.addFlashAttribute("flash", "inspection.override.confirmed");
            return "redirect:/sites/" + id;
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        } catch (StaleEditException | OptimisticLockingFailureException stale) {
            Forms.rejectStale(result);
        }
        return page(id, model, user);
    }

    @PostMapping("/{id}/inspections/{inspectionId}/refuse")
    String refuseOverride(@PathVariable Long id, @PathVariable Long inspectionId,
            @ModelAttribute("decision") OverrideDecisionForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Actor actor, SignedInUser user) throws Exception {
        try {
            inspection.refuseOverride(actor, id, inspectionId, form.getVersion(),
                    form.getRefusalReason());
            redirect.addFlashAttribute("flash", "inspection.override.refused");
            return "redirect:/sites/" + id;
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        } catch (StaleEditException | OptimisticLockingFailureException stale) {
            Forms.rejectStale(result);
        }
        return page(id, model, user);
    }

    /** A point outside the country is a warning: show the confirmation box with the error. */
    private static void rejectWithConfirmation(BindingResult result, DomainRuleViolation violation, Model model) {
        Forms.reject(result, violation);
        if (violation.violations().stream()
                .anyMatch(each -> "site.coordinates.outside-country".equals(each.messageKey()))) {
            model.addAttribute("askLocationConfirmation", true);
        }
    }

    private String showForm(Model model) {
        model.addAttribute("owners", organisations.allActive());
        model.addAttribute("activities", ActivityStatus.values());
        model.addAttribute("miningTypes", MiningType.values());
        model.addAttribute("stages", FormalisationStage.values());
        model.addAttribute("licenceTypes", Licence.Type.values());
        return withChoices(model, FORM);
    }

    /**
     * The countries, minerals and colours the list's filters and the forms offer. Added by the handlers that show
     * them, not as {@code @ModelAttribute} methods: those ran on every request of this controller, the site page's
     * too, which shows none of them (issue 15, the site page's cost).
     */
    private static String withChoices(Model model, String view) {
        model.addAttribute("countries", CountryOption.all(LocaleContextHolder.getLocale()));
        model.addAttribute("allMinerals", Mineral.values());
        model.addAttribute("allStatuses", SiteStatus.values());
        return view;
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
