package org.orepass.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orepass.custody.Lot;
import org.orepass.custody.MassUnit;
import org.orepass.custody.Trace;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.Mass;
import org.orepass.site.Mineral;
import org.orepass.site.SiteStatus;

/** The rules of a shipment and its certificate, without a database. */
class ExportShipmentTest {

    static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    final Organisation exporter = Organisation.register(new OrganisationDetails("Comptoir Kivu",
            OrganisationType.EXPORTER, "UG", null, "TIN-9", "Kampala", null, null, null), NOW);

    /** A lot the exporter holds with {@code kg} left (ids are the database's; set here by hand). */
    Lot held(long id, Mineral mineral, String kg) throws Exception {
        var lot = Lot.exported("UG-2026-" + id, exporter, mineral, new BigDecimal(kg), null, false, "t", NOW);
        lot.giveBack(Mass.kg(kg));
        var field = Lot.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(lot, id);
        return lot;
    }

    ShipmentDetails details(String declaredKg, Map<Long, BigDecimal> lots) {
        return new ShipmentDetails("Refinery BV", "Rotterdam", "NL", null, null, null, "NL", Mineral.CASSITERITE, null,
                new BigDecimal(declaredKg), MassUnit.KGM, new BigDecimal("65"), new BigDecimal("1000"), "usd",
                TransportMode.ROAD, null, "UG;KE", null, null, lots);
    }

    static Map<Long, BigDecimal> lots(Object... idAndKg) {
        var map = new java.util.HashMap<Long, BigDecimal>();
        for (int i = 0; i < idAndKg.length; i += 2) {
            map.put((Long) idAndKg[i], new BigDecimal((String) idAndKg[i + 1]));
        }
        return map;
    }

    static String field(Throwable t) {
        return ((DomainRuleViolation) t).field();
    }

    static String key(Throwable t) {
        return ((DomainRuleViolation) t).messageKey();
    }

    @Test
    void aDraftTakesNothingAndFillsTheMineralsHsCode() throws Exception {
        var a = held(1, Mineral.CASSITERITE, "100");
        var b = held(2, Mineral.CASSITERITE, "50");
        var shipment = ExportShipment.draft(exporter, details("130", lots(1L, "80", 2L, "50")),
                Map.of(1L, a, 2L, b), "exp", NOW);
        assertThat(shipment.getStatus()).isEqualTo(ExportStatus.DRAFT);
        assertThat(shipment.getHsCode()).isEqualTo("2609.00.00");
        assertThat(shipment.getCurrency()).isEqualTo("USD");
        assertThat(shipment.lotMasses()).containsOnlyKeys(1L, 2L);
        assertThat(a.getRemainingKg()).isEqualByComparingTo("100");
        // A second edit changes one line's mass and drops the other.
        shipment.describe(details("90", lots(1L, "90")), Map.of(1L, a));
        assertThat(shipment.lotMasses()).containsExactly(Map.entry(1L, new BigDecimal("90.000")));
    }

    @Test
    void aDraftIsRefusedForEachBrokenRule() throws Exception {
        var tin = held(1, Mineral.CASSITERITE, "100");
        var gold = held(2, Mineral.GOLD, "5");
        assertThatThrownBy(() -> ExportShipment.draft(exporter, details("120", lots(1L, "120")), Map.of(1L, tin),
                "exp", NOW)).satisfies(t -> {
                    assertThat(field(t)).isEqualTo("lots[1]");
                    assertThat(key(t)).isEqualTo("export.lot.too-much");
                });
        assertThatThrownBy(() -> ExportShipment.draft(exporter, details("105", lots(1L, "100", 2L, "5")),
                Map.of(1L, tin, 2L, gold), "exp", NOW)).satisfies(t -> assertThat(field(t)).isEqualTo("lots[2]"));
        assertThatThrownBy(() -> ExportShipment.draft(exporter, details("99", lots(1L, "100")), Map.of(1L, tin),
                "exp", NOW)).satisfies(t -> assertThat(key(t)).isEqualTo("export.declaredMass.mismatch"));
        assertThatThrownBy(() -> ExportShipment.draft(exporter, details("10", lots()), Map.of(), "exp", NOW))
                .satisfies(t -> assertThat(key(t)).isEqualTo("export.lots.required"));
        // A lot the exporter does not hold is not in the held map.
        assertThatThrownBy(() -> ExportShipment.draft(exporter, details("10", lots(9L, "10")), Map.of(), "exp",
                NOW)).satisfies(t -> assertThat(key(t)).isEqualTo("export.lot.not-held"));
        var domestic = new ShipmentDetails("Local", "Kampala", "UG", null, null, null, "UG", Mineral.CASSITERITE, null,
                BigDecimal.TEN, MassUnit.KGM, null, BigDecimal.ONE, "USD", TransportMode.ROAD, null, null, null,
                null, lots(1L, "10"));
        assertThatThrownBy(() -> ExportShipment.draft(exporter, domestic, Map.of(1L, tin), "exp", NOW))
                .satisfies(t -> assertThat(key(t)).isEqualTo("export.destinationCountry.domestic"));
        var goldCode = new ShipmentDetails("Refinery BV", "Rotterdam", "NL", null, null, null, "NL", Mineral.CASSITERITE, "7108.12",
                BigDecimal.TEN, MassUnit.KGM, null, BigDecimal.ONE, "USD", TransportMode.AIR, null, null, null,
                null, lots(1L, "10"));
        assertThatThrownBy(() -> ExportShipment.draft(exporter, goldCode, Map.of(1L, tin), "exp", NOW))
                .satisfies(t -> assertThat(key(t)).isEqualTo("export.hsCode.mineral"));
        var tonnes = new ShipmentDetails("Refinery BV", "Rotterdam", "NL", null, null, null, "NL", Mineral.CASSITERITE, "2609",
                new BigDecimal("0.1"), MassUnit.TNE, null, BigDecimal.ONE, "XYZ", TransportMode.AIR, null, null,
                null, null, lots(1L, "100"));
        assertThatThrownBy(() -> ExportShipment.draft(exporter, tonnes, Map.of(1L, tin), "exp", NOW))
                .satisfies(t -> assertThat(key(t)).isEqualTo("export.currency.unknown"));
    }

    @Test
    void aRefusalNeedsReasonsAndReleasesTheMassInTheExportLot() throws Exception {
        var tin = held(1, Mineral.CASSITERITE, "100");
        var shipment = ExportShipment.draft(exporter, details("60", lots(1L, "60")), Map.of(1L, tin), "exp", NOW);
        tin.take(Mass.kg("60"));
        var exportLot = Lot.exported("UG-2026-9", exporter, Mineral.CASSITERITE, new BigDecimal("60"), null, false,
                "exp", NOW);
        shipment.submitted(exportLot, "exp", NOW);
        assertThat(exportLot.getRemainingKg()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> shipment.describe(details("60", lots(1L, "60")), Map.of(1L, tin)))
                .satisfies(t -> assertThat(key(t)).isEqualTo("export.not-draft"));
        assertThatThrownBy(() -> shipment.refused(" ", "insp", NOW))
                .satisfies(t -> assertThat(key(t)).isEqualTo("export.reason.required"));
        shipment.refused("Assay report missing", "insp", NOW);
        assertThat(shipment.getStatus()).isEqualTo(ExportStatus.REFUSED);
        assertThat(exportLot.getRemainingKg()).isEqualByComparingTo("60");
        assertThat(tin.getRemainingKg()).isEqualByComparingTo("40");
        assertThatThrownBy(() -> shipment.certified("insp", NOW))
                .satisfies(t -> assertThat(key(t)).isEqualTo("export.not-submitted"));
    }

    @Test
    void aCertificateIsValidAtMostNinetyDays() throws Exception {
        var tin = held(1, Mineral.CASSITERITE, "100");
        var shipment = ExportShipment.draft(exporter, details("60", lots(1L, "60")), Map.of(1L, tin), "exp", NOW);
        java.util.function.Function<LocalDate, CertificateDetails> expiring = day -> new CertificateDetails(
                "DGSM", "Grace Atim", "Inspector", null, TODAY, "Joseph Okello", day);
        assertThatThrownBy(() -> ExportCertificate.issue(shipment, "UG-2026-00001", expiring.apply(TODAY.plusDays(91)),
                "UG", TODAY, "insp", NOW)).satisfies(t -> assertThat(key(t)).isEqualTo("certificate.expiresOn.range"));
        assertThatThrownBy(() -> ExportCertificate.issue(shipment, "UG-2026-00001", expiring.apply(TODAY),
                "UG", TODAY, "insp", NOW)).satisfies(t -> assertThat(field(t)).isEqualTo("expiresOn"));
        var future = new CertificateDetails("DGSM", "Grace Atim", "Inspector", null, TODAY.plusDays(1), "J. Okello",
                TODAY.plusDays(30));
        assertThatThrownBy(() -> ExportCertificate.issue(shipment, "UG-2026-00001", future, "UG", TODAY, "insp",
                NOW)).satisfies(t -> assertThat(key(t)).isEqualTo("certificate.verifiedOn.future"));
        var certificate = ExportCertificate.issue(shipment, "UG-2026-00001", expiring.apply(TODAY.plusDays(90)),
                "UG", TODAY, "insp", NOW);
        assertThat(certificate.getIssuingCountry()).isEqualTo("UG");
        assertThat(certificate.isValidOn(TODAY.plusDays(90))).isTrue();
        assertThat(certificate.isValidOn(TODAY.plusDays(91))).isFalse();
    }

    @Test
    void theMineralOriginListsCountriesByShare() {
        var trace = new Trace(List.of(
                new Trace.OriginShare(1, "A", "RW", SiteStatus.GREEN, new BigDecimal("30"), new BigDecimal("0.3")),
                new Trace.OriginShare(2, "B", "CD", SiteStatus.GREEN, new BigDecimal("50"), new BigDecimal("0.5")),
                new Trace.OriginShare(3, "C", "RW", SiteStatus.GREEN, new BigDecimal("25"), new BigDecimal("0.2"))),
                List.of(), List.of());
        assertThat(ExportReview.mineralOrigin(trace)).isEqualTo("RW;CD");
        assertThat(ExportReview.mineralOrigin(new Trace(List.of(), List.of(), List.of()))).isEqualTo("0");
    }
}
