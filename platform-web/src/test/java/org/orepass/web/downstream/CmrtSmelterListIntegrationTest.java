package org.orepass.web.downstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.downstream.CmrtSmelterList;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.web.export.ExportFixtures;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.MutableClock;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The CMRT smelter list (issue 19): the exporter's rows equal what SQL computed by hand says (confirmed receipts,
 * the smelter's registered details, the mine sites up the genealogy), "Unknown" for an unconfirmed shipment, the buyer
 * filter, CSV and XLSX alike, cells that start like a formula neutralised, and only the exporter's own organisation.
 */
@PlatformTest
class CmrtSmelterListIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired OrganisationAdministration organisations;
    ExportFixtures exports;
    SmelterFixtures smelters;

    @BeforeEach
    void fixtures() {
        exports = new ExportFixtures(mvc, fixtures, jdbc, clock);
        smelters = new SmelterFixtures(organisations, fixtures);
    }

    private List<List<String>> csv(SignedInUser who, int year, Long buyer) throws Exception {
        var request = get("/downstream/cmrt.csv").with(user(who)).param("year", String.valueOf(year));
        if (buyer != null) {
            request.param("buyer", String.valueOf(buyer));
        }
        var body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF");
        var rows = new ArrayList<List<String>>();
        for (var record : CSVFormat.RFC4180.parse(new StringReader(body.substring(1)))) {
            rows.add(record.toList());
        }
        return rows;
    }

    /** The mine sites (name, country) up the genealogy of a shipment's export lot, by plain SQL. */
    private List<Map<String, Object>> minesOf(long shipmentId) {
        return jdbc.queryForList("""
                with recursive up(id) as (select export_lot_id from export_shipment where id = ?
                    union select i.input_lot_id from lot_input i join up on i.lot_id = up.id)
                select distinct m.name, m.country from lot l join up on up.id = l.id
                join mine_site m on m.id = l.site_id order by m.name""", shipmentId);
    }

    @Test
    void theExportersListMatchesTheRecordsAndNoOneElseReadsIt() throws Exception {
        var first = exports.certified(false);
        var second = exports.certified(false);
        var exporter = first.exporter();
        // The second shipment becomes the same exporter's (ExportFixtures makes one exporter per shipment): a read
        // model test, the custody behind it stays as it was.
        jdbc.update("update export_shipment set exporter_id = ? where id = ?", exporter.organisationId(),
                second.shipmentId());
        var smelter = smelters.smelter("@Rotterdam Tin Smelter", "NL");
        mvc.perform(post("/downstream/shipments/" + first.shipmentId() + "/consignee").with(user(exporter))
                .with(csrf()).param("consigneeId", String.valueOf(smelter.organisation().getId())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/downstream/shipments/" + first.shipmentId() + "/receipt").with(user(smelter.operator()))
                .with(csrf()).param("receivedOn", LocalDate.now(clock).toString()).param("receivedKg", "249.5"))
                .andExpect(status().is3xxRedirection());
        int year = jdbc.queryForObject("select extract(year from shipment_date)::int from export_shipment"
                + " where id = ?", Integer.class, first.shipmentId());

        // By hand: the exporter's certified shipments of the year, and the confirmed smelters behind them.
        var confirmed = jdbc.queryForList("""
                select o.name, o.smelter_id, o.country, o.street, o.city, o.state_province, s.id as shipment_id
                from export_shipment s
                join downstream_consignment c on c.shipment_id = s.id and c.confirmed_at is not null
                join organisation o on o.id = c.consignee_id
                where s.exporter_id = ? and s.status = 'CERTIFIED'
                  and extract(year from coalesce(s.shipment_date, s.decided_at::date)) = ?""",
                exporter.organisationId(), year);
        var unconfirmed = jdbc.queryForList("""
                select s.id from export_shipment s
                where s.exporter_id = ? and s.status = 'CERTIFIED'
                  and extract(year from coalesce(s.shipment_date, s.decided_at::date)) = ?
                  and not exists (select 1 from downstream_consignment c where c.shipment_id = s.id
                                  and c.confirmed_at is not null)""", Long.class, exporter.organisationId(), year);
        assertThat(confirmed).singleElement();
        assertThat(unconfirmed).containsExactly(second.shipmentId());
        var expectedSmelter = confirmed.get(0);
        var mines = minesOf(first.shipmentId());
        var unknownMines = minesOf(second.shipmentId());

        var rows = csv(exporter, year, null);
        assertThat(rows.get(0)).isEqualTo(CmrtSmelterList.COLUMNS);
        assertThat(rows).hasSize(3);
        var smelterRow = rows.get(1);
        assertThat(smelterRow.subList(0, 8)).containsExactly("Tin",
                // The name starts with @: neutralised so no spreadsheet reads it as a formula.
                "'" + expectedSmelter.get("name"), "Netherlands", (String) expectedSmelter.get("smelter_id"),
                CmrtSmelterList.RMI_SOURCE, (String) expectedSmelter.get("street"),
                (String) expectedSmelter.get("city"), (String) expectedSmelter.get("state_province"));
        assertThat(smelterRow.get(8)).isEqualTo(String.join("; ",
                new TreeSet<>(mines.stream().map(m -> (String) m.get("name")).toList())));
        assertThat(smelterRow.get(9)).isEqualTo("Uganda");
        assertThat(mines).allSatisfy(m -> assertThat(m.get("country")).isEqualTo("UG"));
        assertThat(smelterRow.get(10)).isEqualTo("No");
        assertThat(smelterRow.get(11)).contains(String.valueOf(first.shipmentId())).contains("249.5 kg");
        var unknownRow = rows.get(2);
        assertThat(unknownRow.subList(0, 4)).containsExactly("Tin", "Unknown", "Unknown", "Unknown");
        assertThat(unknownRow.get(8)).isEqualTo((String) unknownMines.get(0).get("name"));
        assertThat(unknownRow.get(11)).contains(String.valueOf(second.shipmentId()));

        // One buyer: only what went to it.
        var forBuyer = csv(exporter, year, smelter.organisation().getId());
        assertThat(forBuyer).hasSize(2);
        assertThat(forBuyer.get(1)).isEqualTo(smelterRow);

        // XLSX: the same cells, as text.
        var xlsx = mvc.perform(get("/downstream/cmrt.xlsx").with(user(exporter)).param("year", String.valueOf(year)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(xlsx.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            var sheet = workbook.getSheet("Smelter List");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            for (int r = 0; r < 3; r++) {
                var cells = new ArrayList<String>();
                sheet.getRow(r).forEach(cell -> cells.add(cell.getStringCellValue()));
                assertThat(cells).as("row %d", r).isEqualTo(rows.get(r).stream()
                        .map(v -> v == null ? "" : v).toList());
            }
        }

        // Another exporter reads its own list, never this one; a smelter's user or an inspector none at all.
        var other = fixtures.signedIn(Role.EXPORTER);
        assertThat(csv(other, year, smelter.organisation().getId())).hasSize(1);
        assertThat(csv(other, year, null)).hasSize(1);
        mvc.perform(get("/downstream/cmrt.csv").with(user(smelter.operator())).param("year", String.valueOf(year)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/downstream/cmrt").with(user(first.inspector()))).andExpect(status().isForbidden());
        // The page shows the same rows, and a year out of range next to the field, never a 500.
        mvc.perform(get("/downstream/cmrt").with(user(exporter)).param("year", String.valueOf(year)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString((String) expectedSmelter.get("smelter_id"))));
        mvc.perform(get("/downstream/cmrt").with(user(exporter)).param("year", "1066"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"year-error\"")));
        // A year that is no number: the field's message too, with what was typed kept (no "page not found").
        mvc.perform(get("/downstream/cmrt").with(user(exporter)).param("year", "20x6"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("id=\"year-error\""),
                                org.hamcrest.Matchers.containsString("value=\"20x6\""))));
    }
}
