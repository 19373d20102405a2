package org.orepass.web.producer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.orepass.producer.RehabilitationDetails;
import org.orepass.producer.RehabilitationSource;
import org.orepass.producer.RehabilitationWork;

/** A land rehabilitation commitment as typed; every rule is the domain's ({@code LandRehabilitation.commit}). */
public class RehabilitationForm {

    private Long siteId;
    private BigDecimal areaHa;
    private Set<RehabilitationWork> works = EnumSet.noneOf(RehabilitationWork.class);
    private String description;
    private RehabilitationSource source;
    private String sourceReference;
    private LocalDate dueOn;

    RehabilitationDetails toDetails() {
        return new RehabilitationDetails(siteId, areaHa, works == null ? Set.of() : works, description, source,
                sourceReference, dueOn);
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public BigDecimal getAreaHa() {
        return areaHa;
    }

    public void setAreaHa(BigDecimal areaHa) {
        this.areaHa = areaHa;
    }

    public Set<RehabilitationWork> getWorks() {
        return works;
    }

    public void setWorks(Set<RehabilitationWork> works) {
        this.works = works;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public RehabilitationSource getSource() {
        return source;
    }

    public void setSource(RehabilitationSource source) {
        this.source = source;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public void setSourceReference(String sourceReference) {
        this.sourceReference = sourceReference;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
