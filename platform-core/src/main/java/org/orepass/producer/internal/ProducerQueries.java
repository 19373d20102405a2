package org.orepass.producer.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads across features in plain SQL (a port; persistence implements it). */
public interface ProducerQueries {

    /** Of these mine sites, the producer profiles whose organisation owns or operates each. */
    Map<Long, List<Long>> producersOfSites(Collection<Long> siteIds);

    /** The organisations that received lots from this organisation (custody transfers, sent or received). */
    Set<Long> buyersOf(Long organisationId);

    /** The producers with at least one plan action not done past its due date, with how many. */
    Map<Long, Long> overdueActions(java.time.LocalDate today);
}
