package org.orepass.persistence.risk;

import org.orepass.risk.SupplyChainPolicy;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupplyChainPolicyRows extends JpaRepository<SupplyChainPolicy, Long> {
}
