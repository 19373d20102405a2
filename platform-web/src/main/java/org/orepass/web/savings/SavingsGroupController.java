package org.orepass.web.savings;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.savings.ChargeMethod;
import org.orepass.savings.GroupMember;
import org.orepass.savings.MemberRole;
import org.orepass.savings.ProgrammeFigures;
import org.orepass.savings.SavingsAccess;
import org.orepass.savings.SavingsAccessDenied;
import org.orepass.savings.SavingsGroups;
import org.orepass.savings.Sex;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.web.support.Csv;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /savings-groups} (issue 23): the groups an actor may see, a group's page (members, the cycle's figures,
 * meetings), its constitution, the meeting form (one compact row per member), the ledger with corrections, and the
 * share-out with a statement per member. {@link SavingsGroups} decides who may do what.
 */
@Controller
@RequestMapping("/savings-groups")
class SavingsGroupController {

    static final String LIST = "savings/list";
    static final String NEW = "savings/new";
    static final String GROUP = "savings/group";
    static final String CONSTITUTION = "savings/constitution";
    static final String MEETING = "savings/meeting";
    static final String LEDGER = "savings/ledger";
    static final String SHARE_OUT = "savings/share-out";
    static final String PROGRAMME = "savings/programme";

    private final SavingsGroups groups;
    private final Organisations organisations;
    private final Clock clock;

    SavingsGroupController(SavingsGroups groups, Organisations organisations, Clock clock) {
        this.groups = groups;
        this.organisations = organisations;
        this.clock = clock;
    }

    @ExceptionHandler(SavingsAccessDenied.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }

    @GetMapping
    String list(Model model, Actor actor) {
        var visible = groups.visibleTo(actor);
        model.addAttribute("groups", visible);
        model.addAttribute("names", names());
        model.addAttribute("mayRegister", SavingsAccess.mayRegisterAny(actor));
        model.addAttribute("mayProgramme", SavingsAccess.mayReadProgramme(actor));
        return LIST;
    }

    /** A bar of a chart: its label, its value and its length (0..260 of the chart's 320 units). */
    record Bar(String label, java.math.BigDecimal value, int length) {
    }

    /**
     * A chart of one figure ({@code savings} or {@code loans}) for the groups saving in one currency: bars of
     * different currencies are never drawn on one scale.
     */
    record Chart(String figure, String currency, List<Bar> bars) {
    }

    /** The programme view for CSOs (issue 23): the figures by group and by sex, two charts drawn on the server. */
    @GetMapping("/programme")
    String programme(Model model, Actor actor) {
        var figures = groups.programme(actor);
        model.addAttribute("figures", figures);
        var charts = new java.util.ArrayList<Chart>();
        for (var figure : List.of("savings", "loans")) {
            for (var currency : figures.currencies()) {
                charts.add(new Chart(figure, currency.currency(), bars(figures, currency.currency(),
                        figure.equals("savings") ? ProgrammeFigures.Line::savings
                                : ProgrammeFigures.Line::loansOutstanding)));
            }
        }
        model.addAttribute("charts", charts);
        return PROGRAMME;
    }

    /**
     * The same figures as CSV: a row per group, then per currency its rows by sex ({@code sex:FEMALE}) and its
     * total, each with its currency; nothing is summed across currencies.
     */
    @GetMapping("/programme.csv")
    void programmeCsv(Actor actor, HttpServletResponse response) throws IOException {
        var figures = groups.programme(actor);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"orepass-savings-programme.csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        var out = new Csv(writer);
        out.row(List.of("group", "currency", "women", "men", "savings", "loansOutstanding", "portfolioAtRisk",
                "lent", "repaid", "serviceCharges", "repaymentRatePercent", "portfolioAtRiskPercent", "socialFund"));
        for (var line : figures.groups()) {
            row(out, line.label(), line);
        }
        for (var currency : figures.currencies()) {
            for (var entry : currency.bySex().entrySet()) {
                row(out, "sex:" + entry.getKey().name(), entry.getValue());
            }
            row(out, "total", currency.total());
        }
        writer.flush();
    }

    private static void row(Csv out, String label, ProgrammeFigures.Line line) throws IOException {
        out.row(java.util.Arrays.asList(label, line.currency(), line.women(), line.men(), line.savings(),
                line.loansOutstanding(), line.atRisk(), line.lent(), line.repaid(), line.charged(),
                line.repaymentRate(), line.portfolioAtRisk(), line.socialFund()));
    }

    private static List<Bar> bars(ProgrammeFigures figures, String currency,
            Function<ProgrammeFigures.Line, java.math.BigDecimal> value) {
        var lines = figures.groups().stream().filter(line -> line.currency().equals(currency)).toList();
        var max = lines.stream().map(value).max(java.math.BigDecimal::compareTo).orElse(java.math.BigDecimal.ZERO);
        return lines.stream().map(line -> new Bar(line.label(), value.apply(line),
                max.signum() == 0 ? 0 : value.apply(line).multiply(java.math.BigDecimal.valueOf(260))
                        .divide(max, 0, java.math.RoundingMode.HALF_UP).intValue())).toList();
    }

    @GetMapping("/new")
    String create(Model model, Actor actor) {
        model.addAttribute("form", new GroupForm());
        return showNew(model, actor);
    }

    @PostMapping
    String register(@ModelAttribute("form") GroupForm form, BindingResult result, Model model, Actor actor,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var group = groups.register(actor, form.getName(), form.getOrganisationId(), form.getCommunity(),
                        form.getCsoId(), form.getCurrency());
                redirect.addFlashAttribute("flash", "savings.group.saved");
                return "redirect:/savings-groups/" + group.id();
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        return showNew(model, actor);
    }

    private String showNew(Model model, Actor actor) {
        if (!SavingsAccess.mayRegisterAny(actor)) {
            throw new SavingsAccessDenied("register savings groups");
        }
        var active = organisations.allActive();
        model.addAttribute("producers", active.stream().filter(o -> o.getType() == OrganisationType.COOPERATIVE
                || o.getType() == OrganisationType.MINE_OPERATOR).toList());
        model.addAttribute("csos", active.stream().filter(o -> o.getType() == OrganisationType.CSO)
                .filter(o -> actor.has(Role.ADMIN) || o.getId().equals(actor.organisationId())).toList());
        return NEW;
    }

    @GetMapping("/{id}")
    String group(@PathVariable long id, Model model, Actor actor) {
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", new MemberForm());
        }
        return showGroup(id, model, actor);
    }

    @PostMapping("/{id}/members")
    String addMember(@PathVariable long id, @ModelAttribute("memberForm") MemberForm form, BindingResult result,
            Model model, Actor actor, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                groups.addMember(actor, id, form.getName(), form.getSex(), form.getRole());
                redirect.addFlashAttribute("flash", "savings.member.saved");
                return "redirect:/savings-groups/" + id + "#members";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        return showGroup(id, model, actor);
    }

    static final String MEMBER = "savings/member";

    @GetMapping("/{id}/members/{memberId}")
    String member(@PathVariable long id, @PathVariable long memberId, Model model, Actor actor) {
        var view = groups.view(actor, id);
        var member = memberOf(view, memberId);
        model.addAttribute("form", MemberEditForm.of(member));
        return showMember(view, member, model);
    }

    /**
     * Saves a member's changes, or (the form's second button) takes the member out of the group: deleted when
     * nothing is in the books, marked left otherwise; or brings back a member who left (their button instead). A conflict with a change made meanwhile comes back here with
     * "someone else changed this record" ({@code StaleEditHandling}) and what the user typed.
     */
    @PostMapping("/{id}/members/{memberId}")
    String editMember(@PathVariable long id, @PathVariable long memberId, @ModelAttribute("form") MemberEditForm form,
            BindingResult result, Model model, Actor actor, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                if (form.getBack() != null) {
                    groups.reinstateMember(actor, id, memberId, form.getVersion());
                    redirect.addFlashAttribute("flash", "savings.member.back.saved");
                } else if (form.getRemove() != null) {
                    var removal = groups.removeMember(actor, id, memberId, form.getVersion());
                    redirect.addFlashAttribute("flash", removal == SavingsGroups.Removal.DELETED
                            ? "savings.member.deleted" : "savings.member.left.saved");
                } else {
                    groups.editMember(actor, id, memberId, form.getVersion(), form.getNumber(), form.getName(),
                            form.getSex(), form.getRole());
                    redirect.addFlashAttribute("flash", "savings.member.edited");
                }
                return "redirect:/savings-groups/" + id + "#members";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        var view = groups.view(actor, id);
        return showMember(view, memberOf(view, memberId), model);
    }

    private static GroupMember memberOf(SavingsGroups.GroupView view, long memberId) {
        return view.members().stream().filter(m -> m.id() == memberId).findFirst()
                .orElseThrow(() -> new org.orepass.shared.NotFoundException("SavingsMember", memberId));
    }

    private String showMember(SavingsGroups.GroupView view, GroupMember member, Model model) {
        if (!view.mayRecord()) {
            throw new SavingsAccessDenied("edit members of savings group " + view.group().id());
        }
        model.addAttribute("view", view);
        model.addAttribute("member", member);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("roles", MemberRole.values());
        return MEMBER;
    }

    private String showGroup(long id, Model model, Actor actor) {
        var view = groups.view(actor, id);
        model.addAttribute("view", view);
        model.addAttribute("names", names());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("roles", MemberRole.values());
        return GROUP;
    }

    @GetMapping("/{id}/constitution")
    String constitution(@PathVariable long id, Model model, Actor actor) {
        var view = groups.view(actor, id);
        var form = view.open().map(ConstitutionForm::of).orElseGet(ConstitutionForm::new);
        if (form.getStartOn() == null) {
            form.setStartOn(LocalDate.now(clock));
        }
        model.addAttribute("form", form);
        return showConstitution(view, model);
    }

    @PostMapping("/{id}/constitution")
    String constitute(@PathVariable long id, @ModelAttribute("form") ConstitutionForm form, BindingResult result,
            Model model, Actor actor, RedirectAttributes redirect) {
        var view = groups.view(actor, id);
        try {
            var constitution = form.toConstitution(view.group().currency());
            if (!result.hasErrors()) {
                groups.constitute(actor, id, constitution, form.getStartOn());
                redirect.addFlashAttribute("flash", "savings.constitution.saved");
                return "redirect:/savings-groups/" + id;
            }
        } catch (DomainRuleViolation violation) {
            Forms.rejectAlso(result, violation);
        }
        return showConstitution(groups.view(actor, id), model);
    }

    private String showConstitution(SavingsGroups.GroupView view, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("methods", ChargeMethod.values());
        return CONSTITUTION;
    }

    @GetMapping("/{id}/meetings/new")
    String meeting(@PathVariable long id, Model model, Actor actor) {
        var view = groups.view(actor, id);
        var form = new MeetingForm();
        form.setHeldOn(LocalDate.now(clock));
        for (var member : view.members()) {
            if (!member.active()) {
                continue;
            }
            var line = new MeetingForm.Line();
            line.setMemberId(member.id());
            line.setPresent(true);
            form.getLines().add(line);
        }
        model.addAttribute("form", form);
        return showMeeting(view, model);
    }

    @PostMapping("/{id}/meetings")
    String recordMeeting(@PathVariable long id, @ModelAttribute("form") MeetingForm form, BindingResult result,
            Model model, Actor actor, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                groups.recordMeeting(actor, id, form.getHeldOn(), form.toLines());
                redirect.addFlashAttribute("flash", "savings.meeting.saved");
                return "redirect:/savings-groups/" + id;
            } catch (DomainRuleViolation violation) {
                rejectLines(result, violation);
            }
        }
        return showMeeting(groups.view(actor, id), model);
    }

    /** The meeting's refusals by their line's field ({@code lines[3].loan}), the rest on the form. */
    static void rejectLines(BindingResult result, DomainRuleViolation violation) {
        for (var each : violation.violations()) {
            if (each.field() != null && (each.field().startsWith("lines[") || each.field().equals("heldOn"))
                    && !result.hasFieldErrors(each.field())) {
                result.rejectValue(each.field(), each.messageKey(), each.arguments(), null);
            } else if (each.field() == null || !each.field().startsWith("lines[")) {
                result.reject(each.messageKey(), each.arguments(), null);
            }
        }
    }

    private String showMeeting(SavingsGroups.GroupView view, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("byId", view.members().stream()
                .collect(Collectors.toMap(GroupMember::id, Function.identity())));
        return MEETING;
    }

    /** Entries a ledger page shows, the newest first (a full cycle has thousands: pages stay under 100 KB). */
    static final int LEDGER_PAGE = 100;

    @GetMapping("/{id}/ledger")
    String ledger(@PathVariable long id, @org.springframework.web.bind.annotation.RequestParam(required = false)
            Integer page, Model model, Actor actor) {
        if (!model.containsAttribute("reversalForm")) {
            model.addAttribute("reversalForm", new ReversalForm());
        }
        model.addAttribute("page", page == null || page < 0 ? 0 : page);
        return showLedger(id, model, actor);
    }

    @PostMapping("/{id}/reversals")
    String reverse(@PathVariable long id, @ModelAttribute("reversalForm") ReversalForm form, BindingResult result,
            Model model, Actor actor, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                if (form.getEntryId() == null) {
                    throw new DomainRuleViolation("entryId", "validation.required");
                }
                groups.reverse(actor, id, form.getEntryId(), form.getReason());
                redirect.addFlashAttribute("flash", "savings.reversal.saved");
                return "redirect:/savings-groups/" + id + "/ledger";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        return showLedger(id, model, actor);
    }

    private String showLedger(long id, Model model, Actor actor) {
        var view = groups.view(actor, id);
        model.addAttribute("view", view);
        model.addAttribute("byId", view.members().stream()
                .collect(Collectors.toMap(GroupMember::id, Function.identity())));
        var cycle = view.open().orElse(view.cycles().isEmpty() ? null : view.cycles().get(view.cycles().size() - 1));
        var all = cycle == null ? List.<org.orepass.savings.internal.SavingsStore.Written>of()
                : groups.ledger(actor, id, cycle.id());
        int page = model.getAttribute("page") instanceof Integer p ? p : 0;
        int to = Math.max(0, all.size() - page * LEDGER_PAGE);
        int from = Math.max(0, to - LEDGER_PAGE);
        var shown = new java.util.ArrayList<>(all.subList(from, to));
        java.util.Collections.reverse(shown);
        model.addAttribute("lines", shown);
        model.addAttribute("page", page);
        model.addAttribute("older", from > 0);
        return LEDGER;
    }

    @GetMapping("/{id}/share-out")
    String shareOut(@PathVariable long id, Model model, Actor actor) {
        var view = groups.view(actor, id);
        model.addAttribute("view", view);
        model.addAttribute("byId", view.members().stream()
                .collect(Collectors.toMap(GroupMember::id, Function.identity())));
        try {
            model.addAttribute("shareOut", groups.shareOut(actor, id));
        } catch (DomainRuleViolation refused) {
            model.addAttribute("refusal", refused);
        }
        return SHARE_OUT;
    }

    @PostMapping("/{id}/share-out")
    String closeCycle(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        try {
            groups.closeCycle(actor, id);
            redirect.addFlashAttribute("flash", "savings.shareout.saved");
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            if (refused.arguments().length > 0) {
                redirect.addFlashAttribute("flashErrorArgs", refused.arguments());
            }
        }
        return "redirect:/savings-groups/" + id + "/share-out";
    }

    private Map<Long, String> names() {
        return organisations.allActive().stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName,
                (a, b) -> a));
    }
}
