package org.orepass.legalhelp.internal;

import java.util.List;
import java.util.Optional;
import org.orepass.legalhelp.LegalHelpProvider;

/** The CSOs offering legal help (a port). */
public interface Providers {

    LegalHelpProvider add(LegalHelpProvider provider);

    Optional<LegalHelpProvider> findById(Long organisationId);

    List<LegalHelpProvider> all();

    /** The active users of the organisation with the CSO_MONITOR role: its helpers. */
    List<String> helpersOf(long organisationId);
}
