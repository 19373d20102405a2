package org.orepass.web.custody;

import java.util.List;
import java.util.Optional;
import org.orepass.custody.Genealogy;
import org.orepass.custody.LotImporting;
import org.orepass.custody.Trace;
import org.orepass.web.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * What the lot page shows of borders (docs/borders.md), for its fragment ({@code custody/lot-crossing}): the
 * crossing that made an import lot, and the lot's origin countries with their shares.
 */
@Component("lotCrossing")
public class LotCrossing {

    private final LotImporting importing;
    private final Genealogy genealogy;

    LotCrossing(LotImporting importing, Genealogy genealogy) {
        this.importing = importing;
        this.genealogy = genealogy;
    }

    public Optional<LotImporting.Crossing> of(Long lotId) {
        return CurrentUser.get().flatMap(user -> importing.crossing(user.actor(), lotId));
    }

    public List<Trace.CountryShare> origins(Long lotId) {
        return CurrentUser.get().map(user -> genealogy.traceBack(user.actor(), lotId).countries()).orElse(List.of());
    }
}
