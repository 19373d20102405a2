package org.orepass.web.account;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.orepass.account.AccountAdministration;
import org.orepass.account.Role;
import org.orepass.account.UserAccounts;
import org.orepass.account.UserSearch;
import org.orepass.audit.AuditTrail;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.Organisations;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.StaleEditException;
import org.orepass.web.support.CountryOption;
import org.orepass.web.support.Forms;
import org.orepass.web.support.Pages;
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

/** Administrators list, search, open, edit, deactivate user accounts and reset their passwords. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final String LIST = "account/user-list";
    static final String FORM = "account/user-form";

    private final AccountAdministration administration;
    private final UserAccounts accounts;
    private final Organisations organisations;
    private final AuditTrail auditTrail;

    UserAdminController(AccountAdministration administration, UserAccounts accounts, Organisations organisations,
            AuditTrail auditTrail) {
        this.administration = administration;
        this.accounts = accounts;
        this.organisations = organisations;
        this.auditTrail = auditTrail;
    }

    @ModelAttribute("allRoles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(required = false) Long organisationId, @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        var search = new UserSearch(q, role, organisationId, active);
        model.addAttribute("search", search);
        model.addAttribute("result", accounts.search(search, Pages.of(page, size)));
        return LIST;
    }

    @GetMapping("/new")
    String create(@RequestParam(required = false) Long organisationId, Model model, Locale locale) {
        var form = new UserForm();
        form.setOrganisationId(organisationId);
        model.addAttribute("form", form);
        return showForm(null, model, locale);
    }

    @PostMapping
    String open(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var account = administration.open(form.toDetails(), form.getPassword());
                redirect.addFlashAttribute("flash", "user.saved");
                return "redirect:/admin/users/" + account.getId();
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        return showForm(null, model, locale);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model, Locale locale) {
        model.addAttribute("form", UserForm.of(administration.get(id)));
        return showForm(id, model, locale);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                administration.edit(id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("flash", "user.saved");
                return "redirect:/admin/users/" + id;
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (StaleEditException stale) {
                Forms.rejectStale(result);
            }
        }
        return showForm(id, model, locale);
    }

    @PostMapping("/{id}/active")
    String setActive(@PathVariable Long id, @RequestParam long version, @RequestParam boolean active,
            RedirectAttributes redirect) {
        try {
            administration.setActive(id, version, active);
            redirect.addFlashAttribute("flash", active ? "user.reactivated" : "user.deactivated");
        } catch (StaleEditException stale) {
            redirect.addFlashAttribute("flashError", Forms.STALE);
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable Long id, @RequestParam long version, @RequestParam String password,
            RedirectAttributes redirect) {
        try {
            administration.resetPassword(id, version, password);
            redirect.addFlashAttribute("flash", "user.password.reset");
        } catch (DomainRuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKey());
            redirect.addFlashAttribute("flashErrorArgs", violation.arguments());
        } catch (StaleEditException stale) {
            redirect.addFlashAttribute("flashError", Forms.STALE);
        }
        return "redirect:/admin/users/" + id;
    }

    private String showForm(Long id, Model model, Locale locale) {
        List<Organisation> choices = organisations.allActive();
        model.addAttribute("organisations", choices);
        model.addAttribute("countries", CountryOption.all(locale));
        if (id != null) {
            model.addAttribute("account", administration.get(id));
            model.addAttribute("history", auditTrail.historyOf("UserAccount", String.valueOf(id)));
        }
        return FORM;
    }
}
