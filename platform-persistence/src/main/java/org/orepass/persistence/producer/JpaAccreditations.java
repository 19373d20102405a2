package org.orepass.persistence.producer;

import org.orepass.producer.CsoAccreditation;
import org.orepass.producer.internal.Accreditations;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaAccreditations extends JpaRepository<CsoAccreditation, Long>, Accreditations {
}
