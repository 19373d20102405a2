package org.orepass.organisation;

import java.util.List;
import java.util.Optional;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;

/** All organisations known to the platform (a port; persistence implements it). */
public interface Organisations {

    Organisation add(Organisation organisation);

    Optional<Organisation> findById(Long id);

    /** These organisations in one query (those not found left out), in no particular order. */
    List<Organisation> findAllById(Iterable<Long> ids);

    /** Organisations registered with this tax id (case ignored); normally one. */
    List<Organisation> findByTaxIdIgnoreCase(String taxId);

    boolean nameTaken(String country, String name, Long exceptId);

    /** Whether another organisation than {@code exceptId} carries this RMI smelter identifier. */
    boolean smelterIdTaken(SmelterId smelterId, Long exceptId);

    ResultPage<Organisation> search(OrganisationSearch search, PageQuery page);

    /** Active organisations for pickers, by name. */
    List<Organisation> allActive();

    long count();
}
