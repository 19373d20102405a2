package org.orepass.web.attachment;

import java.util.List;
import java.util.Locale;
import org.orepass.attachment.AttachmentQueries;
import org.orepass.attachment.AttachmentSummary;
import org.orepass.attachment.AttachmentType;
import org.springframework.stereotype.Component;

/**
 * What the site page lists under each inspection, called from attachment/list.html so that the site
 * controller needs no change for this feature. The site page has already checked that the user may see it.
 */
@Component("inspectionAttachmentLists")
public class InspectionAttachmentLists {

    private final AttachmentQueries queries;

    InspectionAttachmentLists(AttachmentQueries queries) {
        this.queries = queries;
    }

    public List<AttachmentSummary> of(Long inspectionId) {
        return queries.ofInspection(inspectionId);
    }

    /** "PDF", "JPEG", "PNG": the same in every language. */
    public String kind(String contentType) {
        for (var type : AttachmentType.values()) {
            if (type.contentType().equals(contentType)) {
                return type.name();
            }
        }
        return contentType;
    }

    /** A size people read: kB below a megabyte, MB with one decimal above. */
    public String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
