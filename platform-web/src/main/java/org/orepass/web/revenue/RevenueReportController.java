package org.orepass.web.revenue;

import org.orepass.web.security.SignedInUser;
import org.orepass.account.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.orepass.revenue.ReportLevel;
import org.orepass.revenue.ReportPeriod;
import org.orepass.revenue.RevenueQueries;
import org.orepass.revenue.RevenueReportRow;
import org.orepass.revenue.TaxType;
import org.orepass.shared.Dates;
import org.orepass.site.Mineral;
import org.orepass.web.support.CountryOption;
import org.orepass.web.support.Csv;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Revenue reports: taxes due versus paid by period (month, quarter, year) and place (country, ISO 3166-2
 * division, district), and the same selection as CSV. The filters are a GET form, so a report is a link.
 */
@Controller
@RequestMapping("/revenue")
class RevenueReportController {

    static final String REPORT = "revenue/reports";

    private final RevenueQueries queries;

    RevenueReportController(RevenueQueries queries) {
        this.queries = queries;
    }

    @ModelAttribute("countries")
    List<CountryOption> countries(Locale locale) {
        return CountryOption.all(locale);
    }

    @GetMapping("/reports")
    String report(@Valid @ModelAttribute("form") RevenueReportForm form, BindingResult result, Model model,
            HttpServletRequest request, SignedInUser user, Actor actor) {
        model.addAttribute("periods", ReportPeriod.values());
        model.addAttribute("levels", ReportLevel.values());
        model.addAttribute("allMinerals", Mineral.values());
        model.addAttribute("taxTypes", TaxType.values());
        if (request.getParameter("from") == null && request.getParameter("to") == null) {
            // First visit: this year so far, rather than a page of "required" errors.
            var fresh = RevenueReportForm.thisYear(queries.today(), user.jurisdictionCountry());
            model.addAttribute("form", fresh);
            form = fresh;
        } else if (result.hasErrors() || !checkRange(form, result)) {
            return REPORT;
        }
        model.addAttribute("report", queries.report(actor, form.toQuery()));
        model.addAttribute("csvQuery", csvQuery(form));
        return REPORT;
    }

    @GetMapping("/reports.csv")
    void csv(@Valid @ModelAttribute("form") RevenueReportForm form, BindingResult result,
            HttpServletResponse response, Actor actor) throws IOException {
        if (result.hasErrors() || !checkRange(form, result)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        var report = queries.report(actor, form.toQuery());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"orepass-revenue-" + form.getFrom() + "-"
                + form.getTo() + ".csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        var csv = new Csv(writer);
        csv.row(List.of("period", "periodStart", "country", "division", "district", "currency", "taxes", "due",
                "paid", "outstanding"));
        for (RevenueReportRow row : report.rows()) {
            csv.row(List.of(row.period(), row.periodStart().toString(), row.country(), nullToEmpty(row.division()),
                    nullToEmpty(row.district()), row.currency(), row.taxes(), row.due().toPlainString(),
                    row.paid().toPlainString(), row.outstanding().toPlainString()));
        }
        writer.flush();
    }

    private static boolean checkRange(RevenueReportForm form, BindingResult result) {
        try {
            Dates.require("from", form.getFrom(), Dates.EARLIEST_EVENT, Dates.FAR_FUTURE);
            Dates.require("to", form.getTo(), Dates.EARLIEST_EVENT, Dates.FAR_FUTURE);
        } catch (org.orepass.shared.DomainRuleViolation outside) {
            org.orepass.web.support.Forms.reject(result, outside);
            return false;
        }
        if (form.getTo().isBefore(form.getFrom())) {
            result.rejectValue("to", "revenue.report.to.before");
            return false;
        }
        return true;
    }

    /** The CSV link selects exactly what the page shows. */
    private static String csvQuery(RevenueReportForm form) {
        var parts = new ArrayList<String>();
        parts.add("from=" + form.getFrom());
        parts.add("to=" + form.getTo());
        parts.add("period=" + form.getPeriod());
        parts.add("level=" + form.getLevel());
        var query = form.toQuery();
        if (query.country() != null) {
            parts.add("country=" + encode(query.country()));
        }
        if (query.division() != null) {
            parts.add("division=" + encode(query.division()));
        }
        if (query.district() != null) {
            parts.add("district=" + encode(query.district()));
        }
        if (query.mineral() != null) {
            parts.add("mineral=" + query.mineral());
        }
        if (query.taxType() != null) {
            parts.add("taxType=" + query.taxType());
        }
        return "?" + String.join("&", parts);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
