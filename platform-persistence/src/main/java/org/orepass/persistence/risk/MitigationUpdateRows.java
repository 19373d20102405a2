package org.orepass.persistence.risk;

import java.util.List;
import org.orepass.risk.MitigationUpdate;
import org.springframework.data.jpa.repository.JpaRepository;

interface MitigationUpdateRows extends JpaRepository<MitigationUpdate, Long> {

    List<MitigationUpdate> findByPlanIdOrderByIdDesc(Long planId);
}
