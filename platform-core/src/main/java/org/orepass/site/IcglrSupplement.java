package org.orepass.site;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The fields of an ICGLR document that the registry does not model, kept as the client sent them (a JSON object
 * in the document's own shape) and served back with the document (issue 17: nothing the standard defines is
 * dropped). One per site (by ICGLR id) or lot (by lot number); audited like every entity.
 */
@Entity
@Table(name = "icglr_supplement")
public class IcglrSupplement {

    public static final String SITE = "SITE";
    public static final String LOT = "LOT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kind;
    private String subject;
    private String fields;
    private String updatedBy;
    private Instant updatedAt;

    @Version
    private long version;

    protected IcglrSupplement() {
        // for JPA
    }

    public IcglrSupplement(String kind, String subject, String fields, String updatedBy, Instant updatedAt) {
        this.kind = kind;
        this.subject = subject;
        this.fields = fields;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    /** Replaced whole by the next document posted or put for the same subject. */
    public void replace(String fields, String updatedBy, Instant updatedAt) {
        this.fields = fields;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public String getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getFields() {
        return fields;
    }
}
