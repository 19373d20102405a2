package org.orepass.contract.internal;

import java.util.List;
import java.util.Optional;
import org.orepass.contract.ContractDocument;

/** The signed documents of contracts (a port). */
public interface ContractDocuments {

    ContractDocument add(ContractDocument document);

    Optional<ContractDocument> findById(Long id);

    /** The documents of a contract without their bytes. */
    List<DocumentSummary> summariesOf(Long contractId);
}
