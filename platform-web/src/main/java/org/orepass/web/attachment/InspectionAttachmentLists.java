package org.orepass.web.attachment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orepass.attachment.AttachmentQueries;
import org.orepass.attachment.AttachmentSummary;
import org.orepass.attachment.AttachmentType;
import org.orepass.site.MineSite;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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

    /**
     * The attachments of one inspection of the site. The first call of a request reads those of all the site's
     * inspections in one query and keeps them for the rest of the request (issue 15: one query per page, not one
     * per inspection).
     */
    @SuppressWarnings("unchecked")
    public List<AttachmentSummary> of(MineSite site, Long inspectionId) {
        var request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return of(inspectionId);
        }
        var key = InspectionAttachmentLists.class.getName() + "." + site.getId();
        var bySite = (Map<Long, List<AttachmentSummary>>) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (bySite == null) {
            bySite = queries.ofSite(site.getId());
            request.setAttribute(key, bySite, RequestAttributes.SCOPE_REQUEST);
        }
        return bySite.getOrDefault(inspectionId, List.of());
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
