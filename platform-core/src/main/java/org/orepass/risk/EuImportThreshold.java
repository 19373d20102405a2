package org.orepass.risk;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.orepass.shared.Mass;

/**
 * A yearly import volume of Regulation (EU) 2017/821 Annex I for one CN code: at or above it a Union importer's due
 * diligence obligations apply (article 1(3)). Kept by ADMIN with the legal source of the figure, since a Delegated
 * Regulation may set or change one; the yearly report reads the table.
 */
@Entity
@Table(name = "eu_import_threshold")
public class EuImportThreshold {

    @Id
    private String cnCode;

    private String description;

    private Mass thresholdKg;

    private String source;

    /** Null for the figures the V20 migration seeded. */
    private String recordedBy;

    private Instant recordedAt;

    /** A wrapper, null until stored: the key is the CN code itself, so Spring Data tells a new row by it. */
    @Version
    private Long version;

    protected EuImportThreshold() {
    }

    public EuImportThreshold(String cnCode, String description, BigDecimal thresholdKg, String source,
            String recordedBy, Instant recordedAt) {
        this.cnCode = cnCode;
        correct(description, thresholdKg, source, recordedBy, recordedAt);
    }

    /** A corrected figure, description or source; the audit trail keeps the previous values. */
    void correct(String description, BigDecimal thresholdKg, String source, String recordedBy, Instant recordedAt) {
        this.description = description;
        this.thresholdKg = new Mass(thresholdKg);
        this.source = source;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String getCnCode() {
        return cnCode;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getThresholdKg() {
        return thresholdKg.kilograms();
    }

    public String getSource() {
        return source;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** Null before it is stored (Spring Data reads it through this getter to tell a new row). */
    public Long getVersion() {
        return version;
    }
}
