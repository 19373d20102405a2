package org.orepass.web.risk;

import org.orepass.account.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.orepass.organisation.Organisations;
import org.orepass.risk.DueDiligenceReporting;
import org.orepass.risk.RiskAccess;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.web.support.Forms;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The yearly due diligence report as a printable page (the print style sheet drops navigation and forms) and as a
 * PDF made on the server ({@link ReportPdf}), in the user's language; the organisation's traders write its policy
 * here.
 */
@Controller
class ReportController {

    static final String REPORT = "risk/report";

    private final DueDiligenceReporting reporting;
    private final Organisations organisations;
    private final ReportPdf pdf;
    private final Clock clock;

    ReportController(DueDiligenceReporting reporting, Organisations organisations, ReportPdf pdf, Clock clock) {
        this.reporting = reporting;
        this.organisations = organisations;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/risk/report")
    String report(@RequestParam(required = false) Long organisation, @RequestParam(required = false) Integer year,
            Model model, Actor actor) {
        var org = organisation != null ? organisation : actor.organisationId();
        var report = reporting.report(actor, org, reportYear(year));
        if (!model.containsAttribute("policyForm")) {
            var form = new PolicyForm();
            form.setPolicy(report.policy());
            model.addAttribute("policyForm", form);
        }
        model.addAttribute("report", report);
        model.addAttribute("mayWritePolicy", RiskAccess.mayAssess(actor) && org.equals(actor.organisationId()));
        model.addAttribute("organisations",
                RiskAccess.readsAll(actor) ? organisations.allActive() : java.util.List.of());
        return REPORT;
    }

    /** The same report as a PDF file, for the same readers. */
    @GetMapping("/risk/report.pdf")
    ResponseEntity<byte[]> reportPdf(@RequestParam(required = false) Long organisation,
            @RequestParam(required = false) Integer year, Locale locale, HttpServletRequest request,
            HttpServletResponse response, Actor actor) {
        var report = reporting.report(actor, organisation != null ? organisation : actor.organisationId(),
                reportYear(year));
        var file = "due-diligence-report-" + report.organisationId() + "-" + report.year() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file).build()
                        .toString())
                .body(pdf.render(report, locale, request, response));
    }

    /** This year by default; a year no report can cover (typed into the address) is a page that does not exist. */
    private int reportYear(Integer year) {
        int thisYear = LocalDate.now(clock).getYear();
        if (year == null) {
            return thisYear;
        }
        if (year < org.orepass.shared.Dates.FIRST_REPORT_YEAR || year > thisYear) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return year;
    }

    @PostMapping("/risk/report/policy")
    String policy(@ModelAttribute("policyForm") PolicyForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Actor actor) {
        try {
            reporting.writePolicy(actor, actor.organisationId(), form.getPolicy());
            redirect.addFlashAttribute("flash", "risk.report.policy.saved");
            return "redirect:/risk/report";
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        }
        return report(actor.organisationId(), null, model, actor);
    }
}
