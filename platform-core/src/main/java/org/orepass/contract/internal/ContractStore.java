package org.orepass.contract.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.orepass.contract.Contract;

/** The contracts (a port; persistence implements it). */
public interface ContractStore {

    Contract add(Contract contract);

    Optional<Contract> findById(Long id);

    /** The contracts an organisation made or is named in as the buyer, newest first, at most {@code limit}. */
    List<Contract> ofOrganisation(long organisationId, int limit);

    /** The seller's contracts in force on the day. */
    List<Contract> inForce(long ownerId, LocalDate on);
}
