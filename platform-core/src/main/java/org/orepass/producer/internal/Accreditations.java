package org.orepass.producer.internal;

import java.util.List;
import java.util.Optional;
import org.orepass.producer.CsoAccreditation;

/** Accredited CSOs (a port). */
public interface Accreditations {

    CsoAccreditation save(CsoAccreditation accreditation);

    Optional<CsoAccreditation> findById(Long organisationId);

    List<CsoAccreditation> findAllByOrderByOrganisationIdAsc();
}
