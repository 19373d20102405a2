package org.orepass.persistence.legalhelp;

import java.util.List;
import org.orepass.legalhelp.CaseDocument;
import org.orepass.legalhelp.internal.CaseDocumentSummary;
import org.orepass.legalhelp.internal.CaseDocuments;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaCaseDocuments extends JpaRepository<CaseDocument, Long>, CaseDocuments {

    @Override
    default CaseDocument add(CaseDocument document) {
        return save(document);
    }

    /** A projection: the content column is not read for a list. */
    @Override
    @Query("""
            select new org.orepass.legalhelp.internal.CaseDocumentSummary(d.id, d.fileName, d.contentType,
                d.sizeBytes, d.uploadedBy, d.uploadedAt)
            from CaseDocument d where d.caseId = :caseId order by d.id""")
    List<CaseDocumentSummary> summariesOf(@Param("caseId") Long caseId);
}
