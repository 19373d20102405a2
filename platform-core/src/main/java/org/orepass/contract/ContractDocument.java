package org.orepass.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.orepass.attachment.AttachmentType;
import org.orepass.attachment.StoredFile;

/** The signed contract (a scan or a photo), stored like inspection and incident files ({@link StoredFile}). */
@Entity
@Table(name = "contract_document")
public class ContractDocument extends StoredFile {

    @Column(updatable = false)
    private Long contractId;

    protected ContractDocument() {
        // for JPA
    }

    ContractDocument(Long contractId, String fileName, AttachmentType type, byte[] content, String sha256,
            String uploadedBy, Instant uploadedAt) {
        super(fileName, type, content, sha256, uploadedBy, uploadedAt);
        this.contractId = contractId;
    }

    public Long getContractId() {
        return contractId;
    }
}
