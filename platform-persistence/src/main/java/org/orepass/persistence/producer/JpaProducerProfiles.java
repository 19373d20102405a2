package org.orepass.persistence.producer;

import org.orepass.producer.ProducerProfile;
import org.orepass.producer.internal.ProducerProfiles;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaProducerProfiles extends JpaRepository<ProducerProfile, Long>, ProducerProfiles {
}
