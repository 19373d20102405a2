package org.orepass.incident.internal;

import org.orepass.incident.IncidentQueries;
import java.util.Collection;
import java.util.List;
import org.orepass.export.ExportHolds;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lots whose origin site is under review (a verified level-1 Annex II incident) are held from export. */
@Component
@Transactional(readOnly = true)
class IncidentExportHolds implements ExportHolds {

    private final IncidentQueries incidents;

    IncidentExportHolds(IncidentQueries incidents) {
        this.incidents = incidents;
    }

    @Override
    public List<Long> held(Collection<Long> lotIds) {
        return incidents.lotsOnHold(lotIds);
    }
}
