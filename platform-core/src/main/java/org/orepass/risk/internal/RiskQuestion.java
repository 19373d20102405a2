package org.orepass.risk.internal;

import org.orepass.risk.AnnexIIRisk;
import org.orepass.risk.Answer;
import org.orepass.risk.RiskLevel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A structured yes/no/unknown question about one Annex II risk (reference data from the migration; the text is in
 * the message bundles under {@code risk.question.<code>}). A "yes" raises the risk to {@link #getYesLevel()}.
 */
@Entity
@Table(name = "risk_question")
public class RiskQuestion {

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    private AnnexIIRisk risk;

    private int position;

    @Enumerated(EnumType.STRING)
    private RiskLevel yesLevel;

    protected RiskQuestion() {
    }

    public RiskQuestion(String code, AnnexIIRisk risk, int position, RiskLevel yesLevel) {
        this.code = code;
        this.risk = risk;
        this.position = position;
        this.yesLevel = yesLevel;
    }

    public String getCode() {
        return code;
    }

    public AnnexIIRisk getRisk() {
        return risk;
    }

    public int getPosition() {
        return position;
    }

    public RiskLevel getYesLevel() {
        return yesLevel;
    }

    /** The level this answer raises the risk to. */
    public RiskLevel levelFor(Answer answer) {
        if (answer == null || answer == Answer.NO) {
            return RiskLevel.NONE;
        }
        return answer == Answer.YES ? yesLevel : RiskLevel.LOW;
    }
}
