package org.orepass.web.risk;

import org.orepass.risk.MitigationPlanning;

/** The mitigation plan; the target date is kept as typed and defaults to six months from today. */
public class PlanForm {

    private Long version;
    private String measures;
    private String responsible;
    private String indicators;
    private String milestones;
    private String targetDate;

    static PlanForm of(MitigationPlanning.PlanView view) {
        var form = new PlanForm();
        var plan = view.plan();
        if (plan == null) {
            form.targetDate = view.defaultTarget().toString();
            return form;
        }
        form.version = plan.getVersion();
        form.measures = plan.getMeasures();
        form.responsible = plan.getResponsible();
        form.indicators = plan.getIndicators();
        form.milestones = plan.getMilestones();
        form.targetDate = plan.getTargetDate().toString();
        return form;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public String getIndicators() {
        return indicators;
    }

    public void setIndicators(String indicators) {
        this.indicators = indicators;
    }

    public String getMilestones() {
        return milestones;
    }

    public void setMilestones(String milestones) {
        this.milestones = milestones;
    }

    public String getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(String targetDate) {
        this.targetDate = targetDate;
    }
}
