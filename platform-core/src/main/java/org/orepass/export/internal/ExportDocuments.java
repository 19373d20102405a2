package org.orepass.export.internal;

import org.orepass.export.ExportDocument;
import java.util.List;
import java.util.Optional;

/** Documents of export shipments (a port; persistence implements it). */
public interface ExportDocuments {

    ExportDocument add(ExportDocument document);

    Optional<ExportDocument> findById(Long id);

    /** Without the content: lists never load the files. */
    List<ExportDocumentSummary> summariesOf(Long shipmentId);
}
