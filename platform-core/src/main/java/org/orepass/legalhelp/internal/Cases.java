package org.orepass.legalhelp.internal;

import java.util.List;
import java.util.Optional;
import org.orepass.legalhelp.LegalCase;

/** The legal-help cases (a port). */
public interface Cases {

    LegalCase add(LegalCase legalCase);

    Optional<LegalCase> findById(Long id);

    List<LegalCase> ofRequester(String username, int limit);

    List<LegalCase> ofProvider(long providerId, int limit);

    List<LegalCase> ofHelper(long providerId, String helper, int limit);

    /** How many cases each provider has in each status: the only thing anyone else learns. */
    List<CaseCount> counts();
}
