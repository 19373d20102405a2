package org.orepass.web.downstream;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.orepass.account.Actor;
import org.orepass.downstream.CmrtSmelterList;
import org.orepass.shared.Dates;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.web.support.Csv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The CMRT smelter list of the exporter's own organisation (issue 19, docs/cmrt.md): a page with the rows and the
 * choice of year and buyer, and the same rows as CSV and XLSX in the Smelter List's columns.
 */
@Controller
class CmrtController {

    static final String PAGE = "downstream/cmrt";

    private final CmrtSmelterList list;
    private final Clock clock;

    CmrtController(CmrtSmelterList list, Clock clock) {
        this.list = list;
        this.clock = clock;
    }

    @GetMapping("/downstream/cmrt")
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) Long buyer,
            Model model, Actor actor) {
        // The year as typed: a text that is no year gets the field's message with what was typed kept, as a year
        // out of range does, not the "page not found" a number parameter would answer.
        var typed = year == null || year.isBlank() ? String.valueOf(LocalDate.now(clock).getYear()) : year.strip();
        model.addAttribute("year", typed);
        model.addAttribute("buyer", buyer);
        model.addAttribute("buyers", list.buyers(actor));
        model.addAttribute("columns", CmrtSmelterList.COLUMNS);
        try {
            if (!typed.matches("[0-9]{1,4}")) {
                throw new DomainRuleViolation("year", "date.year.range", String.valueOf(Dates.FIRST_REPORT_YEAR),
                        String.valueOf(LocalDate.now(clock).getYear() + 1));
            }
            model.addAttribute("rows", list.rows(actor, Integer.parseInt(typed), buyer));
        } catch (DomainRuleViolation violation) {
            model.addAttribute("rows", List.of());
            model.addAttribute("yearError", violation);
        }
        return PAGE;
    }

    @GetMapping("/downstream/cmrt.csv")
    void csv(@RequestParam int year, @RequestParam(required = false) Long buyer, Actor actor,
            HttpServletResponse response) throws IOException {
        var rows = list.rows(actor, year, buyer);
        attachment(response, "text/csv;charset=UTF-8", year, "csv");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        var csv = new Csv(writer);
        csv.row(CmrtSmelterList.COLUMNS);
        for (var row : rows) {
            csv.row(row.cells());
        }
        writer.flush();
    }

    @GetMapping("/downstream/cmrt.xlsx")
    void xlsx(@RequestParam int year, @RequestParam(required = false) Long buyer, Actor actor,
            HttpServletResponse response) throws IOException {
        var rows = list.rows(actor, year, buyer);
        attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", year, "xlsx");
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Smelter List");
            var header = sheet.createRow(0);
            for (int i = 0; i < CmrtSmelterList.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(CmrtSmelterList.COLUMNS.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                var line = sheet.createRow(r + 1);
                var cells = rows.get(r).cells();
                for (int i = 0; i < cells.size(); i++) {
                    // Text cells only, never formulas; a value that starts like one is neutralised as in the CSV.
                    line.createCell(i).setCellValue(neutral(cells.get(i)));
                }
            }
            workbook.write(response.getOutputStream());
        }
    }

    /** A cell that a spreadsheet could read as a formula (= + - @) starts with an apostrophe, as {@link Csv} does. */
    static String neutral(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static void attachment(HttpServletResponse response, String type, int year, String extension) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("cmrt-smelter-list-" + year + "." + extension).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
