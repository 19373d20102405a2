package org.orepass.risk.internal;

import org.orepass.risk.CahraArea;
import java.util.List;
import java.util.Optional;

/** The CAHRA list (a port; persistence implements it). */
public interface CahraAreas {

    CahraArea add(CahraArea area);

    Optional<CahraArea> findById(Long id);

    void remove(CahraArea area);

    /** The whole list, by country and division. */
    List<CahraArea> listed();

    boolean listedAlready(String country, String division);

    /** Removes the entries at once (each audited), so new entries at the same places can follow. */
    void removeAll(List<CahraArea> areas);
}
