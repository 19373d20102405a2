package org.orepass.web.alert;

import java.util.EnumSet;
import java.util.List;
import org.orepass.account.Actor;
import org.orepass.alert.AlertAccount;
import org.orepass.alert.AlertKind;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.web.support.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /alerts}: every signed-in person's own alerts (the platform's list of what the mails say) and their
 * choices: which kinds come by e-mail, in which language. Only their own; the kinds offered follow their roles.
 */
@Controller
class AlertController {

    static final String PAGE = "alert/alerts";
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "sw");

    private final AlertAccount account;

    AlertController(AlertAccount account) {
        this.account = account;
    }

    @GetMapping("/alerts")
    String page(Actor actor, Model model) {
        var choices = account.choices(actor);
        var form = new AlertForm();
        form.setKinds(choices.on().stream().map(Enum::name).toList());
        form.setLanguage(choices.language());
        form.setVersion(choices.version());
        return show(actor, model, form);
    }

    @PostMapping("/alerts")
    String choose(Actor actor, @ModelAttribute("form") AlertForm form, BindingResult result, Model model) {
        if (!result.hasErrors()) {
            var wanted = EnumSet.noneOf(AlertKind.class);
            for (var name : form.getKinds()) {
                try {
                    wanted.add(AlertKind.valueOf(name));
                } catch (IllegalArgumentException | NullPointerException unknown) {
                    result.rejectValue("kinds", "alert.kind.unknown");
                }
            }
            if (!result.hasErrors()) {
                try {
                    account.choose(actor, wanted, form.getLanguage(), form.getVersion());
                    return "redirect:/alerts?saved";
                } catch (DomainRuleViolation violation) {
                    Forms.reject(result, violation);
                }
            }
        }
        return show(actor, model, form);
    }

    @PostMapping("/alerts/read")
    String read(Actor actor) {
        account.markAllRead(actor);
        return "redirect:/alerts";
    }

    private String show(Actor actor, Model model, AlertForm form) {
        var choices = account.choices(actor);
        model.addAttribute("form", form);
        model.addAttribute("offered", choices.offered());
        model.addAttribute("hasEmail", choices.hasEmail());
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("notices", account.notices(actor));
        return PAGE;
    }
}
