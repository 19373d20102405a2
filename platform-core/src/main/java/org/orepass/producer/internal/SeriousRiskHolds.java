package org.orepass.producer.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.orepass.custody.ProducerFindings;
import org.orepass.producer.ProducerProgress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custody's question before a lot moves (custody.TradeBlocks): which origin sites belong to a producer with a
 * verified "not met" on an Annex II serious-risk criterion. Lots from them are held from every trade, through every
 * channel and intermediary, until a later verified answer says the criterion is met.
 */
@Component
@Transactional(readOnly = true)
class SeriousRiskHolds implements ProducerFindings {

    private final ProducerProgress progress;

    SeriousRiskHolds(ProducerProgress progress) {
        this.progress = progress;
    }

    @Override
    public Map<Long, String> heldSites(Collection<Long> siteIds) {
        var result = new LinkedHashMap<Long, String>();
        progress.findingsAtSites(siteIds).forEach((site, findings) -> {
            var first = findings.get(0);
            result.put(site, first.producerName() + " (" + first.criterion().getCode() + ")");
        });
        return result;
    }
}
