package org.orepass.web.logbook;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.orepass.account.Actor;
import org.orepass.custody.Logbook;
import org.orepass.custody.LogbookQueries;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.web.support.Csv;
import org.orepass.web.support.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * An organisation's logbook (what bag-and-tag logbooks record on paper): stock per mineral over a period and
 * the entries behind it, on a page and as CSV. The period defaults to the current month to date.
 */
@Controller
class LogbookController {

    static final String LOGBOOK = "logbook/logbook";

    /** The page lists this many entries at most; the CSV lists them all. */
    static final int PAGE_ENTRIES = 500;

    private final LogbookQueries queries;

    LogbookController(LogbookQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/logbook")
    String logbook(@ModelAttribute("form") LogbookForm form, BindingResult result, Model model, Actor actor) {
        defaults(form);
        var logbook = read(actor, form, result, PAGE_ENTRIES);
        return show(actor, logbook, model);
    }

    @GetMapping("/logbook/export.csv")
    String csv(@ModelAttribute("form") LogbookForm form, BindingResult result, Model model,
            HttpServletResponse response, Actor actor) throws IOException {
        defaults(form);
        var logbook = read(actor, form, result, Integer.MAX_VALUE);
        if (logbook == null) {
            // Nothing to export: the page says why, by the field.
            return show(actor, null, model);
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"orepass-logbook-"
                + logbook.organisationId() + "-" + logbook.from() + "-" + logbook.to() + ".csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        write(new Csv(writer), logbook);
        writer.flush();
        return null;
    }

    private void defaults(LogbookForm form) {
        var today = queries.today();
        if (form.getFrom() == null && form.getTo() == null) {
            form.setFrom(today.withDayOfMonth(1).toString());
            form.setTo(today.toString());
        }
    }

    /** The logbook asked for, or null when there is none to show (errors by the field, or nobody chosen yet). */
    private Logbook read(Actor actor, LogbookForm form, BindingResult result, int entries) {
        var from = form.date("from", result);
        var to = form.date("to", result);
        if (result.hasErrors()) {
            return null;
        }
        if (form.getOrganisation() == null && actor.organisationId() == null
                && LogbookQueries.mayChooseOrganisation(actor)) {
            return null;
        }
        try {
            return queries.logbook(actor, form.getOrganisation(), from, to, entries);
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
            return null;
        }
    }

    private String show(Actor actor, Logbook logbook, Model model) {
        model.addAttribute("logbook", logbook);
        model.addAttribute("mayChoose", LogbookQueries.mayChooseOrganisation(actor));
        model.addAttribute("organisations", queries.choices(actor));
        model.addAttribute("pageEntries", PAGE_ENTRIES);
        return LOGBOOK;
    }

    private static void write(Csv csv, Logbook logbook) throws IOException {
        csv.row(List.of("organisation", "organisationId", "from", "to"));
        csv.row(List.of(logbook.organisationName(), logbook.organisationId(), logbook.from(), logbook.to()));
        csv.row(List.of());
        csv.row(List.of("mineral", "hsCode", "openingKg", "productionKg", "purchasesKg", "importsKg", "salesKg",
                "returnedKg", "processingInKg", "processingOutKg", "lossesKg", "exportsKg", "closingKg"));
        for (var balance : logbook.balances()) {
            csv.row(List.of(balance.mineral().name(), balance.mineral().hsCode(), kg(balance.opening()),
                    kg(balance.production()), kg(balance.purchases()), kg(balance.imports()), kg(balance.sales()),
                    kg(balance.returned()),
                    kg(balance.processingIn()), kg(balance.processingOut()), kg(balance.losses()),
                    kg(balance.exports()), kg(balance.closing())));
        }
        if (!logbook.imported().isEmpty()) {
            // Imported material by its country of origin (issue 14): apart from what was produced here.
            csv.row(List.of());
            csv.row(List.of("mineral", "originCountry", "importedKg"));
            for (var imported : logbook.imported()) {
                csv.row(List.of(imported.mineral().name(), imported.originCountry(), kg(imported.massKg())));
            }
        }
        csv.row(List.of());
        csv.row(List.of("date", "operation", "lotNumber", "counterpart", "mineral", "inKg", "outKg"));
        for (var entry : logbook.entries()) {
            var cells = new ArrayList<Object>(List.of(entry.day(), entry.kind().name(), entry.lotNumber()));
            cells.add(entry.counterpart());
            cells.add(entry.mineral().name());
            cells.add(entry.kind().incoming() ? kg(entry.massKg()) : "");
            cells.add(entry.kind().incoming() ? "" : kg(entry.massKg()));
            csv.row(cells);
        }
    }

    /** Kilograms to the gram, as stored, in plain notation (spreadsheets read 1E+3 as text). */
    private static String kg(BigDecimal kg) {
        return kg.setScale(3, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
