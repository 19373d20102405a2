package org.orepass.persistence.export;

import java.util.List;
import org.orepass.export.ExportDocument;
import org.orepass.export.internal.ExportDocumentSummary;
import org.orepass.export.internal.ExportDocuments;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaExportDocuments extends JpaRepository<ExportDocument, Long>, ExportDocuments {

    @Override
    default ExportDocument add(ExportDocument document) {
        return save(document);
    }

    /** A projection: the content column is not read for a list. */
    @Override
    @Query("""
            select new org.orepass.export.internal.ExportDocumentSummary(d.id, d.shipmentId, d.fileName, d.contentType,
                d.sizeBytes, d.uploadedBy, d.uploadedAt)
            from ExportDocument d where d.shipmentId = :shipmentId order by d.id""")
    List<ExportDocumentSummary> summariesOf(@Param("shipmentId") Long shipmentId);
}
