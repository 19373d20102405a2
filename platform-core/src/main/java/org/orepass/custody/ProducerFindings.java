package org.orepass.custody;

import java.util.Collection;
import java.util.Map;

/**
 * Mine sites whose producer has a verified "not met" on an OECD Annex II serious-risk criterion (forced labour,
 * worst forms of child labour, serious abuses, armed groups): held from trade like a site under review for a
 * verified level-1 incident (a port: the producer feature answers it; custody does not depend on producers).
 */
public interface ProducerFindings {

    /** No producer data: no hold. */
    ProducerFindings NONE = siteIds -> Map.of();

    /** Of these sites, those held, each with what names the finding (the producer and the criterion's code). */
    Map<Long, String> heldSites(Collection<Long> siteIds);
}
