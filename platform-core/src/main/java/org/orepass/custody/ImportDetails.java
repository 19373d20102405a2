package org.orepass.custody;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.orepass.site.Mineral;

/**
 * What an importer declares of a crossing (docs/borders.md). For a certificate issued on this platform the
 * mineral, grade, origin and exported mass come from the certificate and what is typed for them is not used.
 *
 * @param documentCountry the country that issued the certificate or export document: where the material came from
 * @param originCountry where the material was mined, as the document states it (empty: the document's country)
 * @param documentMassKg the mass the document states, in kilograms (for a document from outside the platform)
 * @param receivedKg the mass the importer weighed, in kilograms
 * @param suspect the material is physically there but its papers are missing or not valid
 */
public record ImportDetails(ImportDocumentKind documentKind, String documentCountry, String documentNumber,
        String originCountry, Mineral mineral, BigDecimal concentration, String borderPost, LocalDate crossedOn,
        BigDecimal documentMassKg, BigDecimal receivedKg, boolean suspect, String suspectReason) {
}
