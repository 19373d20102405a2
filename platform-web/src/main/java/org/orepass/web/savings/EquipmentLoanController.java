package org.orepass.web.savings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.savings.EquipmentFinance;
import org.orepass.savings.SavingsAccessDenied;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.web.support.Forms;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /savings-groups/equipment-loans} (issue 23): the lender's list of equipment loans (and the producer's, of
 * the loans it received), a new loan, and a loan's schedule, repayments and arrears. {@link EquipmentFinance}
 * decides who may do what.
 */
@Controller
@RequestMapping("/savings-groups/equipment-loans")
class EquipmentLoanController {

    static final String LIST = "savings/equipment-loans";
    static final String NEW = "savings/equipment-loan-new";
    static final String LOAN = "savings/equipment-loan";

    private final EquipmentFinance finance;
    private final Organisations organisations;
    private final Clock clock;

    EquipmentLoanController(EquipmentFinance finance, Organisations organisations, Clock clock) {
        this.finance = finance;
        this.organisations = organisations;
        this.clock = clock;
    }

    @ExceptionHandler(SavingsAccessDenied.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }

    @GetMapping
    String list(@RequestParam(required = false) Long producer, Model model, Actor actor) {
        model.addAttribute("loans", finance.list(actor, producer));
        model.addAttribute("names", names());
        model.addAttribute("mayLend", EquipmentFinance.mayLend(actor));
        return LIST;
    }

    @GetMapping("/new")
    String create(Model model, Actor actor) {
        var form = new EquipmentLoanForm();
        form.setGivenOn(LocalDate.now(clock));
        form.setFirstDueOn(LocalDate.now(clock).plusMonths(1));
        model.addAttribute("form", form);
        return showNew(model, actor);
    }

    @PostMapping
    String lend(@ModelAttribute("form") EquipmentLoanForm form, BindingResult result, Model model, Actor actor,
            RedirectAttributes redirect) {
        if (!EquipmentFinance.mayLend(actor)) {
            throw new SavingsAccessDenied("record equipment loans");
        }
        if (!result.hasErrors()) {
            try {
                var loan = finance.lend(actor, form.getLenderId(), form.getProducerId(), form.getEquipment(),
                        form.getPrincipal(), form.getCurrency(), form.getAnnualRatePercent(), form.getTermMonths(),
                        form.getGivenOn(), form.getFirstDueOn());
                redirect.addFlashAttribute("flash", "savings.equipment.saved");
                return "redirect:/savings-groups/equipment-loans/" + loan.id();
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        return showNew(model, actor);
    }

    private String showNew(Model model, Actor actor) {
        if (!EquipmentFinance.mayLend(actor)) {
            throw new SavingsAccessDenied("record equipment loans");
        }
        var active = organisations.allActive();
        model.addAttribute("producers", active.stream().filter(o -> (o.getType() == OrganisationType.COOPERATIVE
                || o.getType() == OrganisationType.MINE_OPERATOR) && !o.getId().equals(actor.organisationId()))
                .toList());
        model.addAttribute("lenders", actor.has(Role.ADMIN) ? active : java.util.List.of());
        return NEW;
    }

    @GetMapping("/{id}")
    String loan(@PathVariable long id, Model model, Actor actor) {
        if (!model.containsAttribute("form")) {
            var form = new RepaymentForm();
            form.setPaidOn(LocalDate.now(clock));
            model.addAttribute("form", form);
        }
        return showLoan(id, model, actor);
    }

    @PostMapping("/{id}/repayments")
    String repay(@PathVariable long id, @ModelAttribute("form") RepaymentForm form, BindingResult result,
            Model model, Actor actor, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                finance.repay(actor, id, form.getPaidOn(), form.getAmount());
                redirect.addFlashAttribute("flash", "savings.equipment.repaid");
                return "redirect:/savings-groups/equipment-loans/" + id;
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        return showLoan(id, model, actor);
    }

    private String showLoan(long id, Model model, Actor actor) {
        model.addAttribute("view", finance.get(actor, id));
        model.addAttribute("names", names());
        return LOAN;
    }

    private Map<Long, String> names() {
        return organisations.allActive().stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName,
                (a, b) -> a));
    }
}
