package org.orepass.producer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A producer's commitment to rehabilitate land at one of its sites: how many hectares, what will be done, by when,
 * and why it is owed (a licence condition, a plan, an agreement with the community). Progress is recorded against
 * it over time ({@link RehabilitationRecord}); only verified records count.
 */
@Entity
@Table(name = "producer_rehabilitation")
public class RehabilitationCommitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long producerId;
    private Long siteId;
    /** What will be done, in the producer's words. */
    @Column(name = "commitment")
    private String description;
    private Hectares areaHa;
    /** {@link RehabilitationWork} names separated by commas. */
    private String works;
    @Enumerated(EnumType.STRING)
    private RehabilitationSource source;
    private String sourceReference;
    private LocalDate dueOn;
    private String recordedBy;
    private Instant recordedAt;
    @Version
    private long version;

    protected RehabilitationCommitment() {
        // for JPA
    }

    RehabilitationCommitment(Long producerId, Long siteId, Hectares areaHa, List<RehabilitationWork> works,
            String description, RehabilitationSource source, String sourceReference, LocalDate dueOn,
            String recordedBy, Instant recordedAt) {
        this.producerId = producerId;
        this.siteId = siteId;
        this.areaHa = areaHa;
        this.works = String.join(",", works.stream().map(Enum::name).sorted().toList());
        this.description = description;
        this.source = source;
        this.sourceReference = sourceReference;
        this.dueOn = dueOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The works, in their order. */
    public List<RehabilitationWork> workList() {
        var named = Arrays.asList(works.split(","));
        return Arrays.stream(RehabilitationWork.values()).filter(w -> named.contains(w.name())).toList();
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

    public String getDescription() {
        return description;
    }

    public Hectares getAreaHa() {
        return areaHa;
    }

    public String getWorks() {
        return works;
    }

    public RehabilitationSource getSource() {
        return source;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
