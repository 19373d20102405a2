package org.orepass.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.orepass.attachment.UploadedFile;
import org.orepass.audit.NotAudited;
import org.orepass.organisation.Organisation;
import org.orepass.shared.CountryCode;
import org.orepass.shared.Mass;

/**
 * An import (ICGLR originating operation 7, docs/borders.md): the lot the importer holds, the certificate or
 * export document it crossed the border with, the border post and date, and the weights on both sides. A suspect
 * import is material that is physically there without a valid certificate: recorded, flagged, never certified.
 */
@Entity
@Table(name = "lot_import")
public class LotImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id", updatable = false)
    private Lot lot;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "importer_id", updatable = false)
    private Organisation importer;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ImportDocumentKind documentKind;

    @Column(updatable = false)
    private CountryCode documentCountry;

    @Column(updatable = false)
    private String documentNumber;

    /** A certificate issued on this platform (its id in {@code export_certificate}), or null. */
    @Column(updatable = false)
    private Long exportCertificateId;

    @Column(updatable = false)
    private CountryCode originCountry;

    @Column(updatable = false)
    private String borderPost;

    @Column(updatable = false)
    private LocalDate crossedOn;

    /** The mass the document states (the export lot's, for a certificate of this platform). */
    @Column(name = "document_mass_kg", updatable = false)
    private Mass documentMass;

    @Column(name = "received_kg", updatable = false)
    private Mass received;

    /** Received less sent, in kilograms; null when the document states no mass. */
    @Column(updatable = false)
    private java.math.BigDecimal differenceKg;

    @Column(updatable = false)
    private boolean flagged;

    @Column(updatable = false)
    private boolean suspect;

    @Column(updatable = false)
    private String suspectReason;

    @Column(updatable = false)
    private String fileName;
    @Column(updatable = false)
    private String contentType;
    @Column(updatable = false)
    private Long sizeBytes;
    @Column(updatable = false)
    private String sha256;

    /** The audit trail keeps the checksum, not megabytes of file. */
    @NotAudited
    @Column(updatable = false)
    private byte[] content;

    @Column(updatable = false)
    private String recordedBy;

    @Column(updatable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected LotImport() {
    }

    LotImport(Lot lot, Organisation importer, ImportDocumentKind documentKind, CountryCode documentCountry,
            String documentNumber, Long exportCertificateId, CountryCode originCountry, String borderPost,
            LocalDate crossedOn, Mass documentMass, Mass received, java.math.BigDecimal differenceKg, boolean flagged,
            boolean suspect, String suspectReason, UploadedFile file, String recordedBy, Instant recordedAt) {
        this.lot = lot;
        this.importer = importer;
        this.documentKind = documentKind;
        this.documentCountry = documentCountry;
        this.documentNumber = documentNumber;
        this.exportCertificateId = exportCertificateId;
        this.originCountry = originCountry;
        this.borderPost = borderPost;
        this.crossedOn = crossedOn;
        this.documentMass = documentMass;
        this.received = received;
        this.differenceKg = differenceKg;
        this.flagged = flagged;
        this.suspect = suspect;
        this.suspectReason = suspectReason;
        if (file != null) {
            this.fileName = file.name();
            this.contentType = file.type().contentType();
            this.sizeBytes = (long) file.content().length;
            this.sha256 = file.sha256();
            this.content = file.content().clone();
        }
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** How a certificate citing this import names it: {@code UG:UG-2026-00012}. */
    public String citation() {
        return documentCountry + ":" + documentNumber;
    }

    public Long getId() {
        return id;
    }

    public Lot getLot() {
        return lot;
    }

    public Organisation getImporter() {
        return importer;
    }

    public ImportDocumentKind getDocumentKind() {
        return documentKind;
    }

    public CountryCode getDocumentCountry() {
        return documentCountry;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public Long getExportCertificateId() {
        return exportCertificateId;
    }

    public CountryCode getOriginCountry() {
        return originCountry;
    }

    public String getBorderPost() {
        return borderPost;
    }

    public LocalDate getCrossedOn() {
        return crossedOn;
    }

    public Mass getDocumentMass() {
        return documentMass;
    }

    public Mass getReceived() {
        return received;
    }

    public java.math.BigDecimal getDifferenceKg() {
        return differenceKg;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public boolean isSuspect() {
        return suspect;
    }

    public String getSuspectReason() {
        return suspectReason;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content == null ? null : content.clone();
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
