package org.orepass.producer.internal;

import java.util.List;
import java.util.Optional;
import org.orepass.producer.ProducerProfile;

/** Producer profiles (a port; persistence implements it). */
public interface ProducerProfiles {

    ProducerProfile save(ProducerProfile profile);

    Optional<ProducerProfile> findById(Long id);

    Optional<ProducerProfile> findByOrganisationId(Long organisationId);

    List<ProducerProfile> findAllByOrderByIdAsc();

    List<ProducerProfile> findByIdIn(java.util.Collection<Long> ids);
}
