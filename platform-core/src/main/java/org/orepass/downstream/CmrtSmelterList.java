package org.orepass.downstream;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.orepass.account.Actor;
import org.orepass.custody.CustodyAccessDenied;
import org.orepass.custody.Genealogy;
import org.orepass.downstream.internal.Consignments;
import org.orepass.export.ExportShipment;
import org.orepass.organisation.Organisation;
import org.orepass.shared.Dates;
import org.orepass.site.Mineral;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Smelter List of RMI's Conflict Minerals Reporting Template (CMRT 6.x) for an exporter (issue 19,
 * docs/cmrt.md): for a year and one buyer (or all), the smelters and refiners that confirmed receipt of its certified
 * exports, one row per metal and smelter, with the mine sites and countries behind them from the custody genealogy;
 * shipments whose receipt nobody confirmed are one "Unknown" row per metal. Only the exporter's EXPORTER users read
 * their organisation's list.
 */
@Service
@Transactional(readOnly = true)
public class CmrtSmelterList {

    /** The CMRT's word for a smelter not identified. */
    public static final String UNKNOWN = "Unknown";
    /** Where a CID comes from: the RMI's Smelter Reference List, which the CMRT carries. */
    public static final String RMI_SOURCE = "RMI Smelter Reference List";

    /** The Smelter List's columns, in the template's order and words (the CMRT is an English-only standard). */
    public static final List<String> COLUMNS = List.of("Metal", "Smelter Name", "Smelter Country",
            "Smelter Identification", "Source of Smelter Identification Number", "Smelter Street", "Smelter City",
            "Smelter State/Province", "Mine name(s)", "Mine country(ies)", "Recycled or scrap", "Comments");

    private final Consignments consignments;
    private final Genealogy genealogy;
    private final java.time.Clock clock;

    public CmrtSmelterList(Consignments consignments, Genealogy genealogy, java.time.Clock clock) {
        this.consignments = consignments;
        this.genealogy = genealogy;
        this.clock = clock;
    }

    /** One row of the Smelter List, its cells in {@link #COLUMNS} order by {@link #cells()}. */
    public record Row(String metal, String smelterName, String smelterCountry, String smelterId, String idSource,
            String street, String city, String stateProvince, String mineNames, String mineCountries,
            String recycledOrScrap, String comments) {

        public List<String> cells() {
            return java.util.Arrays.asList(metal, smelterName, smelterCountry, smelterId, idSource, street, city,
                    stateProvince, mineNames, mineCountries, recycledOrScrap, comments);
        }
    }

    /** Whether the actor may download its organisation's list (an EXPORTER user of an organisation). */
    public static boolean mayDownload(Actor actor) {
        return actor.has(org.orepass.account.Role.EXPORTER) && actor.organisationId() != null;
    }

    /** The buyers the actor's organisation shipped to (consignees ever named), for the page's choice. */
    public List<Organisation> buyers(Actor actor) {
        requireExporter(actor);
        return consignments.consigneesOf(actor.organisationId());
    }

    /**
     * The list for the actor's own organisation: {@code year} in [{@link Dates#FIRST_REPORT_YEAR}, next year];
     * {@code buyerId} null for all buyers, else only shipments consigned to that organisation.
     */
    public List<Row> rows(Actor actor, int year, Long buyerId) {
        requireExporter(actor);
        Dates.requireYear("year", year, Dates.FIRST_REPORT_YEAR, LocalDate.now(clock).getYear() + 1);
        var shipments = consignments.certifiedOf(actor.organisationId(), year);
        var byShipment = new HashMap<Long, Consignment>();
        consignments.ofShipments(shipments.stream().map(ExportShipment::getId).toList())
                .forEach(c -> byShipment.put(c.getShipment().getId(), c));
        var groups = new LinkedHashMap<String, Group>();
        for (var shipment : shipments) {
            var consignment = byShipment.get(shipment.getId());
            if (buyerId != null && (consignment == null || !buyerId.equals(consignment.getConsignee().getId()))) {
                continue;
            }
            var smelter = consignment != null && consignment.isReceived() ? consignment.getConsignee() : null;
            var metal = metal(shipment.getMineral());
            var key = metal + "|" + (smelter == null ? "" : smelter.getId());
            var group = groups.computeIfAbsent(key, k -> new Group(metal, smelter));
            group.shipments.add(shipment.getId());
            if (consignment != null && consignment.isReceived()) {
                group.receivedKg = group.receivedKg.add(consignment.getReceivedKg().kilograms());
            }
            if (shipment.getExportLot() != null) {
                var trace = genealogy.traceBack(List.of(shipment.getExportLot().getId()));
                trace.origins().forEach(origin -> {
                    group.mines.add(origin.siteName());
                    group.countries.add(countryName(origin.country()));
                });
                trace.imported().forEach(imported -> group.countries.add(countryName(imported.country())));
            }
        }
        var rows = new ArrayList<Row>();
        groups.values().stream()
                .sorted(java.util.Comparator.comparing((Group g) -> g.metal)
                        .thenComparing(g -> g.smelter == null ? 1 : 0)
                        .thenComparing(g -> g.smelter == null ? "" : g.smelter.getName()))
                .forEach(g -> rows.add(g.row()));
        return rows;
    }

    private void requireExporter(Actor actor) {
        if (!mayDownload(actor)) {
            throw new CustodyAccessDenied("download the CMRT smelter list");
        }
    }

    /** The CMRT's metal of a mineral: tin from cassiterite, tungsten from wolframite, tantalum from coltan. */
    public static String metal(Mineral mineral) {
        return switch (mineral) {
            case CASSITERITE -> "Tin";
            case WOLFRAMITE -> "Tungsten";
            case COLTAN -> "Tantalum";
            case GOLD, GOLD_ORE -> "Gold";
        };
    }

    /** A country as the CMRT names it: its English name. */
    static String countryName(String alpha2) {
        return alpha2 == null ? UNKNOWN : new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH);
    }

    private static final class Group {
        final String metal;
        final Organisation smelter;
        final List<Long> shipments = new ArrayList<>();
        final TreeSet<String> mines = new TreeSet<>();
        final TreeSet<String> countries = new TreeSet<>();
        BigDecimal receivedKg = BigDecimal.ZERO;

        Group(String metal, Organisation smelter) {
            this.metal = metal;
            this.smelter = smelter;
        }

        Row row() {
            var numbers = String.join(", ", shipments.stream().map(String::valueOf).toList());
            if (smelter == null) {
                return new Row(metal, UNKNOWN, UNKNOWN, UNKNOWN, null, null, null, null, String.join("; ", mines),
                        String.join("; ", countries), "No", "No receipt confirmed for export shipments " + numbers);
            }
            var cid = smelter.getSmelterId() == null ? null : smelter.getSmelterId().value();
            return new Row(metal, smelter.getName(), countryName(smelter.getCountry()), cid == null ? UNKNOWN : cid,
                    cid == null ? null : RMI_SOURCE, smelter.getStreet(), smelter.getCity(),
                    smelter.getStateProvince(), String.join("; ", mines), String.join("; ", countries), "No",
                    "Receipt confirmed for export shipments " + numbers + " ("
                            + receivedKg.stripTrailingZeros().toPlainString() + " kg)");
        }
    }
}
