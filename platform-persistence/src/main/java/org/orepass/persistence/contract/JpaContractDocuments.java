package org.orepass.persistence.contract;

import java.util.List;
import org.orepass.contract.ContractDocument;
import org.orepass.contract.internal.ContractDocuments;
import org.orepass.contract.internal.DocumentSummary;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaContractDocuments extends JpaRepository<ContractDocument, Long>, ContractDocuments {

    @Override
    default ContractDocument add(ContractDocument document) {
        return save(document);
    }

    /** A projection: the content column is not read for a list. */
    @Override
    @Query("""
            select new org.orepass.contract.internal.DocumentSummary(d.id, d.fileName,
                d.contentType, d.sizeBytes, d.uploadedBy, d.uploadedAt)
            from ContractDocument d where d.contractId = :contractId order by d.id""")
    List<DocumentSummary> summariesOf(@Param("contractId") Long contractId);
}
