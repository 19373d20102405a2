package org.orepass.legalhelp.internal;

import java.util.List;
import java.util.Optional;
import org.orepass.legalhelp.CaseDocument;

/** The documents of cases (a port). */
public interface CaseDocuments {

    CaseDocument add(CaseDocument document);

    Optional<CaseDocument> findById(Long id);

    List<CaseDocumentSummary> summariesOf(Long caseId);
}
