package org.orepass.persistence.site;

import org.orepass.site.StatusChange;
import org.orepass.site.StatusChanges;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaStatusChanges extends JpaRepository<StatusChange, Long>, StatusChanges {

    @Override
    default StatusChange add(StatusChange change) {
        return save(change);
    }
}
