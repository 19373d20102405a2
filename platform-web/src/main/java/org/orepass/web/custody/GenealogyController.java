package org.orepass.web.custody;

import org.orepass.account.Actor;
import java.util.List;
import org.orepass.custody.Genealogy;
import org.orepass.custody.Trace;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lot's genealogy as JSON, for buyers' systems and for whoever needs more than the page's trees: every lot
 * upstream with its inputs, the origin sites with shares, what blocks certification, and (for those who may see it)
 * every lot downstream.
 */
@RestController
class GenealogyController {

    private final Genealogy genealogy;

    GenealogyController(Genealogy genealogy) {
        this.genealogy = genealogy;
    }

    /**
     * {@code downstream} is null when the caller may not see where the lot went (see {@link Genealogy#of});
     * {@code warnings} do not block certification (MISSING_GRADE: a lot of the chain has no grade).
     */
    record GenealogyDocument(long lotId, boolean clean, List<Trace.OriginShare> origins,
            List<Trace.TraceProblem> problems, List<Trace.TraceLot> upstream, List<Trace.TraceLot> downstream,
            List<Trace.TraceProblem> warnings) {
    }

    /** {@code direction=back} skips the downstream walk (what a buyer checking origin needs, and the benchmark). */
    @GetMapping(path = "/lots/{id}/genealogy", produces = MediaType.APPLICATION_JSON_VALUE)
    GenealogyDocument genealogy(@PathVariable long id,
            @RequestParam(defaultValue = "both") String direction, Actor actor) {
        var trace = genealogy.traceBack(actor, id);
        var downstream = "back".equals(direction) ? null : genealogy.traceForward(actor, id).orElse(null);
        return new GenealogyDocument(id, trace.clean(), trace.origins(), trace.problems(), trace.lots(), downstream,
                trace.warnings());
    }
}
