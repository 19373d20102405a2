package org.orepass.producer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A civil-society organisation an administrator accredited: its monitors may verify producers' answers. */
@Entity
@Table(name = "cso_accreditation")
public class CsoAccreditation {

    @Id
    private Long organisationId;
    private String scheme;
    private LocalDate accreditedOn;
    private String accreditedBy;
    @Version
    private long version;

    protected CsoAccreditation() {
        // for JPA
    }

    CsoAccreditation(Long organisationId, String scheme, LocalDate accreditedOn, String accreditedBy) {
        this.organisationId = organisationId;
        this.scheme = scheme;
        this.accreditedOn = accreditedOn;
        this.accreditedBy = accreditedBy;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getScheme() {
        return scheme;
    }

    public LocalDate getAccreditedOn() {
        return accreditedOn;
    }

    public String getAccreditedBy() {
        return accreditedBy;
    }
}
