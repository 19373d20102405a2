package org.orepass.web.custody;

import org.orepass.account.Actor;
import java.io.IOException;
import java.util.Locale;
import org.orepass.custody.CustodyAccessDenied;
import org.orepass.custody.ImportDocumentKind;
import org.orepass.custody.LotImporting;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.site.Mineral;
import org.orepass.web.support.CountryOption;
import org.orepass.web.support.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording an import (ICGLR originating operation 7, docs/borders.md): the form, and on success the import lot's
 * page; the list of imports. Refusals come back next to their field with what was typed kept (the file must be
 * chosen again).
 */
@Controller
class ImportController {

    static final String FORM = "custody/import-form";
    static final String LIST = "custody/imports";

    private final LotImporting importing;

    ImportController(LotImporting importing) {
        this.importing = importing;
    }

    /** The imports the reader may list (LotImporting.list decides which), with the form's link for importers. */
    @GetMapping("/imports")
    String list(Model model, Actor actor) {
        model.addAttribute("imports", importing.list(actor));
        model.addAttribute("mayImport", importing.mayImport(actor));
        return LIST;
    }

    @GetMapping("/imports/new")
    String create(Model model, Locale locale, Actor actor) {
        requireImporter(actor);
        model.addAttribute("form", new ImportForm());
        return showForm(model, locale);
    }

    @PostMapping("/imports")
    String record(@ModelAttribute("form") ImportForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect, Actor actor) throws IOException {
        if (result.hasErrors() && form.getFile() != null) {
            try {
                importing.requireFileSize(form.getFile().getSize());
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        if (!result.hasErrors()) {
            var file = form.getFile();
            try {
                var imported = importing.record(actor, form.toDetails(),
                        file == null || file.isEmpty() ? null : file.getOriginalFilename(),
                        file == null || file.isEmpty() ? null : file.getBytes());
                redirect.addFlashAttribute("flash", imported.lotImport().isSuspect() ? "import.recorded.suspect"
                        : imported.flagged() ? "import.recorded.flagged" : "import.recorded");
                return "redirect:/lots/" + imported.lot().getId();
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        return showForm(model, locale);
    }

    private void requireImporter(Actor actor) {
        if (!importing.mayImport(actor)) {
            throw new CustodyAccessDenied("record an import");
        }
    }

    private String showForm(Model model, Locale locale) {
        model.addAttribute("documentKinds", ImportDocumentKind.values());
        model.addAttribute("minerals", Mineral.values());
        model.addAttribute("countries", CountryOption.all(locale));
        model.addAttribute("maxMegabytes", importing.maxMegabytes());
        return FORM;
    }
}
