package org.orepass.producer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Mercury used and recovered at one site over one period, the gold produced and the processing methods in use
 * (Minamata Convention article 7: national action plans read progress as mercury per gram of gold). The annex C
 * worst practices are flagged where recorded.
 */
@Entity
@Table(name = "producer_mercury")
public class MercuryRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long producerId;
    private Long siteId;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private BigDecimal mercuryUsedKg;
    private BigDecimal mercuryRecoveredKg;
    @Column(name = "gold_g")
    private BigDecimal goldG;
    /** The methods in use, {@link ProcessingMethod} names separated by commas. */
    private String methods;
    private boolean openBurning;
    private boolean residentialBurning;
    private boolean cyanideOnMercuryTailings;
    private String recordedBy;
    private Instant recordedAt;

    protected MercuryRecord() {
        // for JPA
    }

    MercuryRecord(Long producerId, Long siteId, MercuryDetails details, String recordedBy, Instant recordedAt) {
        this.producerId = producerId;
        this.siteId = siteId;
        this.periodStart = details.periodStart();
        this.periodEnd = details.periodEnd();
        this.mercuryUsedKg = details.mercuryUsedKg();
        this.mercuryRecoveredKg = details.mercuryRecoveredKg();
        this.goldG = details.goldG();
        this.methods = String.join(",", details.methods().stream().map(Enum::name).sorted().toList());
        this.openBurning = details.openBurning();
        this.residentialBurning = details.residentialBurning();
        this.cyanideOnMercuryTailings = details.cyanideOnMercuryTailings();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Mercury lost (used less recovered) per gram of gold, in grams; null when no gold was produced. */
    public BigDecimal mercuryPerGramGold() {
        if (goldG.signum() == 0) {
            return null;
        }
        return mercuryUsedKg.subtract(mercuryRecoveredKg).max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(1000))
                .divide(goldG, 3, RoundingMode.HALF_UP);
    }

    /** The Minamata annex C worst practices this record shows. */
    public java.util.List<String> worstPractices() {
        var found = new java.util.ArrayList<String>();
        if (methods.contains(ProcessingMethod.WHOLE_ORE_AMALGAMATION.name())) {
            found.add("WHOLE_ORE_AMALGAMATION");
        }
        if (openBurning) {
            found.add("OPEN_BURNING");
        }
        if (residentialBurning) {
            found.add("RESIDENTIAL_BURNING");
        }
        if (cyanideOnMercuryTailings) {
            found.add("CYANIDE_ON_MERCURY_TAILINGS");
        }
        return found;
    }

    public Long getId() {
        return id;
    }

    public Long getProducerId() {
        return producerId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public BigDecimal getMercuryUsedKg() {
        return mercuryUsedKg;
    }

    public BigDecimal getMercuryRecoveredKg() {
        return mercuryRecoveredKg;
    }

    public BigDecimal getGoldG() {
        return goldG;
    }

    public String getMethods() {
        return methods;
    }

    public boolean isOpenBurning() {
        return openBurning;
    }

    public boolean isResidentialBurning() {
        return residentialBurning;
    }

    public boolean isCyanideOnMercuryTailings() {
        return cyanideOnMercuryTailings;
    }
}
