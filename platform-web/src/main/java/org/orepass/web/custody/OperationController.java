package org.orepass.web.custody;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.function.Supplier;
import org.orepass.account.Actor;
import org.orepass.custody.CustodyOperations;
import org.orepass.custody.GradeBasis;
import org.orepass.custody.OperationHistory;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.StaleEditException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The custodian's operations on a lot, one page each, reached from the lot page: combine it with other lots it
 * holds, split it, process it (with other lots), record a transport or a storage. Post/redirect/get; a refusal
 * shows the form again with the message by the field and what was typed.
 */
@Controller
class OperationController {

    static final String COMBINATION = "custody/operation-combination";
    static final String SPLIT = "custody/operation-split";
    static final String PROCESSING = "custody/operation-processing";
    static final String TRANSPORT = "custody/operation-transport";
    static final String STORAGE = "custody/operation-storage";

    private final CustodyOperations operations;
    private final OperationHistory history;
    private final Clock clock;

    OperationController(CustodyOperations operations, OperationHistory history, Clock clock) {
        this.operations = operations;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping("/lots/{id}/combination")
    String combination(@PathVariable Long id, Model model, RedirectAttributes redirect, Actor actor) {
        return blank(id, COMBINATION, model, redirect, actor);
    }

    @PostMapping("/lots/{id}/combination")
    String combine(@PathVariable Long id, @Valid @ModelAttribute("form") OperationForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        var takes = form.takes();
        return submit(id, COMBINATION, form, result, model, redirect, "operation.combined", () -> "/lots/"
                + operations.combine(actor, takes.items(), form.getPackageType(), form.getPackageCount(),
                        form.grade(), occurrence(form)).getId(), actor, takes);
    }

    @GetMapping("/lots/{id}/split")
    String splitForm(@PathVariable Long id, Model model, RedirectAttributes redirect, Actor actor) {
        return blank(id, SPLIT, model, redirect, actor);
    }

    @PostMapping("/lots/{id}/split")
    String split(@PathVariable Long id, @Valid @ModelAttribute("form") OperationForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        var parts = form.outputs("parts");
        return submit(id, SPLIT, form, result, model, redirect, "operation.split.done", () -> {
            operations.split(actor, id, form.getVersion(), parts.items(), occurrence(form));
            return "/lots/" + id;
        }, actor, parts);
    }

    @GetMapping("/lots/{id}/processing")
    String processingForm(@PathVariable Long id, Model model, RedirectAttributes redirect, Actor actor) {
        return blank(id, PROCESSING, model, redirect, actor);
    }

    @PostMapping("/lots/{id}/processing")
    String process(@PathVariable Long id, @Valid @ModelAttribute("form") OperationForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        var takes = form.takes();
        var outputs = form.outputs("outputs");
        return submit(id, PROCESSING, form, result, model, redirect, "operation.processed", () -> {
            var processed = operations.process(actor, takes.items(), outputs.items(), form.getLossKg(),
                    form.isAssayed(), occurrence(form));
            if (processed.metalFlagged()) {
                // Accepted (the grades were assayed), but more metal came out than went in: inspectors alerted.
                redirect.addFlashAttribute("flashError", "operation.metal.flagged");
            }
            return "/lots/" + id;
        }, actor, takes, outputs);
    }

    @GetMapping("/lots/{id}/transport")
    String transportForm(@PathVariable Long id, Model model, RedirectAttributes redirect, Actor actor) {
        return blank(id, TRANSPORT, model, redirect, actor);
    }

    @PostMapping("/lots/{id}/transport")
    String transport(@PathVariable Long id, @Valid @ModelAttribute("form") MovementForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        return submit(id, TRANSPORT, form, result, model, redirect, "operation.transported", () -> {
            operations.transport(actor, id, form.getVersion(), form.toTransport());
            return "/lots/" + id;
        }, actor);
    }

    @GetMapping("/lots/{id}/storage")
    String storageForm(@PathVariable Long id, Model model, RedirectAttributes redirect, Actor actor) {
        return blank(id, STORAGE, model, redirect, actor);
    }

    @PostMapping("/lots/{id}/storage")
    String store(@PathVariable Long id, @Valid @ModelAttribute("form") MovementForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        return submit(id, STORAGE, form, result, model, redirect, "operation.stored", () -> {
            operations.store(actor, id, form.getVersion(), form.toStorage());
            return "/lots/" + id;
        }, actor);
    }

    /** A new form: only for the custodian's traders (403 otherwise), and only while the lot holds some mass. */
    private String blank(Long id, String view, Model model, RedirectAttributes redirect, Actor actor) {
        var options = history.formOptions(actor, id);
        if (!options.mayOperate()) {
            redirect.addFlashAttribute("flashError", "operation.lot.empty");
            return "redirect:/lots/" + id;
        }
        var today = LocalDate.now(clock);
        model.addAttribute("form", switch (view) {
            case COMBINATION -> OperationForm.taking(options, today, 0);
            case PROCESSING -> OperationForm.taking(options, today, OperationForm.PROCESSING_OUTPUTS);
            case SPLIT -> OperationForm.splitting(options, today);
            default -> MovementForm.of(options.lot().version(), today);
        });
        return show(view, options, model);
    }

    private String submit(Long id, String view, Object form, BindingResult result, Model model,
            RedirectAttributes redirect, String done, Supplier<String> operation, Actor actor, Rows<?>... rows) {
        // Checked before anything else, so that a stranger learns nothing from the form's refusals.
        var options = history.formOptions(actor, id);
        if (!result.hasErrors()) {
            try {
                var target = operation.get();
                redirect.addFlashAttribute("flash", done);
                return "redirect:" + target;
            } catch (DomainRuleViolation violation) {
                Rows.reject(result, violation, rows);
            } catch (StaleEditException | OptimisticLockingFailureException raced) {
                // A sale, another operation or a returned delivery changed a lot since the page was opened, or
                // at the same moment: the user must look at the masses again rather than take what is gone.
                result.reject("operation.stale");
            }
            options = history.formOptions(actor, id);
        }
        if (form instanceof OperationForm operationForm) {
            operationForm.refresh(options);
        } else if (form instanceof MovementForm movementForm) {
            movementForm.setVersion(options.lot().version());
        }
        return show(view, options, model);
    }

    private String show(String view, OperationHistory.Options options, Model model) {
        var lotsById = new LinkedHashMap<Long, OperationHistory.HeldLot>();
        lotsById.put(options.lot().id(), options.lot());
        options.others().forEach(o -> lotsById.put(o.id(), o));
        model.addAttribute("options", options);
        model.addAttribute("lotsById", lotsById);
        // Grades are typed on the mineral's basis, or on another it is also assayed on (cassiterite: Sn).
        model.addAttribute("gradeBasis", GradeBasis.canonicalFor(options.mineral()));
        model.addAttribute("otherGradeBases", GradeBasis.acceptedFor(options.mineral()).stream()
                .filter(b -> b != GradeBasis.canonicalFor(options.mineral())).toList());
        return view;
    }

    private static CustodyOperations.Occurrence occurrence(OperationForm form) {
        return new CustodyOperations.Occurrence(form.getDate(), form.getNotes());
    }
}
