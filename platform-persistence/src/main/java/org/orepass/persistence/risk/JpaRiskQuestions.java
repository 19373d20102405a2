package org.orepass.persistence.risk;

import java.util.List;
import org.orepass.risk.internal.RiskQuestion;
import org.orepass.risk.internal.RiskQuestions;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpaRiskQuestions extends JpaRepository<RiskQuestion, String>, RiskQuestions {

    /** By risk in Annex II order (the enum's), then position. */
    @Override
    @Query("""
            select q from RiskQuestion q order by case q.risk
                when org.orepass.risk.AnnexIIRisk.SERIOUS_ABUSES then 0
                when org.orepass.risk.AnnexIIRisk.NON_STATE_ARMED_GROUPS then 1
                when org.orepass.risk.AnnexIIRisk.SECURITY_FORCES then 2
                when org.orepass.risk.AnnexIIRisk.BRIBERY_MISREPRESENTATION then 3
                when org.orepass.risk.AnnexIIRisk.MONEY_LAUNDERING then 4
                else 5 end, q.position
            """)
    List<RiskQuestion> ordered();
}
