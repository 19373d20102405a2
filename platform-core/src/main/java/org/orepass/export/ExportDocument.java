package org.orepass.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.orepass.attachment.AttachmentType;
import org.orepass.attachment.StoredFile;

/**
 * A paper of an export shipment (invoice, packing list, assay report, transport document), stored like an
 * inspection file: PDF, JPEG or PNG recognised from the content, with its checksum, never changed.
 */
@Entity
@Table(name = "export_document")
public class ExportDocument extends StoredFile {

    @Column(updatable = false)
    private Long shipmentId;

    protected ExportDocument() {
        // for JPA
    }

    ExportDocument(Long shipmentId, String fileName, AttachmentType type, byte[] content, String sha256, String uploadedBy,
            Instant uploadedAt) {
        super(fileName, type, content, sha256, uploadedBy, uploadedAt);
        this.shipmentId = shipmentId;
    }

    public Long getShipmentId() {
        return shipmentId;
    }
}
