package org.orepass.web.producer;

import java.util.List;
import org.orepass.producer.ProducerProgress;
import org.springframework.stereotype.Component;

/**
 * The supplier's verified progress for a buyer's Annex II assessment page (risk/assessment, one line there): the
 * verified level of each criterion of the supplier's producer profile, or nothing when the supplier has none. The
 * risk page already checked that the actor may see its assessment; only verified levels are shown, no files.
 */
@Component("producerFragments")
public class ProducerFragments {

    /** A producer's verified standing, criterion by criterion. */
    public record SupplierProgress(Long producerId, List<ProducerProgress.Standing> standings) {
    }

    private final ProducerProgress progress;

    ProducerFragments(ProducerProgress progress) {
        this.progress = progress;
    }

    public SupplierProgress ofSupplier(Long supplierOrgId) {
        return progress.profileOf(supplierOrgId)
                .map(profile -> new SupplierProgress(profile.getId(), progress.standings(profile))).orElse(null);
    }
}
