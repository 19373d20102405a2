package org.orepass.web.icglr;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.orepass.organisation.Organisation;
import org.orepass.site.IcglrExchange;
import org.orepass.site.Inspection;
import org.orepass.site.Licence;
import org.orepass.site.MineSite;
import org.orepass.site.Mineral;
import org.orepass.site.StatusChange;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a site as the standard's MD.01 Mine Site document: its field names, integer code lists and HS codes.
 * Lists leave out the inspections and status history (optional in the standard) so that a page of a hundred sites
 * stays one round of batched queries; the single-site document carries them.
 */
@Component
class MineSiteDocuments {

    private final JsonMapper json;

    MineSiteDocuments(JsonMapper json) {
        this.json = json;
    }

    ObjectNode summary(MineSite site, LocalDate today) {
        var document = json.createObjectNode();
        document.put("icglrId", site.getIcglrId().value());
        document.put("addressCountry", site.getCountry());
        document.put("nationalId", site.getNationalId());
        document.put("certificationStatus", site.statusOn(today).icglrCode());
        document.put("activityStatus", site.getActivityStatus().icglrCode());
        document.set("mineSiteLocation", location(site));
        var minerals = document.putArray("mineral");
        site.getMinerals().stream().map(Mineral::hsCode).sorted().forEach(minerals::add);
        var licences = document.putArray("license");
        site.getLicences().forEach(licence -> licences.add(licence(licence, site, today)));
        if (site.getOwner() != null) {
            // MD.01 requires an owner; a site the registry knows without one is served without the field.
            document.set("owner", businessEntity(site.getOwner()));
        }
        if (!site.getOperators().isEmpty()) {
            var operators = document.putArray("operator");
            site.getOperators().stream().sorted(java.util.Comparator.comparing(Organisation::getId))
                    .forEach(operator -> operators.add(businessEntity(operator)));
        }
        // Platform fields beyond the standard (it allows more properties): the name people know the site by.
        document.put("name", site.getName());
        document.put("miningType", site.getMiningType().name());
        document.put("formalisationStage", site.getFormalisationStage().name());
        return document;
    }

    /**
     * The {@code contactDetails} a site's document is served without, as the document names them: those of each
     * business entity in it (owner, operators, licence owners) whose organisation lacks any contact detail.
     */
    static List<String> withoutContactDetails(JsonNode document) {
        var without = new java.util.ArrayList<String>();
        var owner = document.path("owner");
        if (owner.isObject() && !owner.has("contactDetails")) {
            without.add("owner.contactDetails");
        }
        var operators = document.path("operator");
        for (int i = 0; i < operators.size(); i++) {
            if (operators.get(i).isObject() && !operators.get(i).has("contactDetails")) {
                without.add("operator[" + i + "].contactDetails");
            }
        }
        var licences = document.path("license");
        for (int i = 0; i < licences.size(); i++) {
            var licenceOwner = licences.get(i).path("owner");
            if (licenceOwner.isObject() && !licenceOwner.has("contactDetails")) {
                without.add("license[" + i + "].owner.contactDetails");
            }
        }
        return without;
    }

    /**
     * MD.02: a licence's owner "can miss only if the licence type is 'unlicensed'". Where the document posted for
     * the site named none (its supplement fills one in when it did), the licence holder is the site's owner.
     */
    static ObjectNode withLicenceOwners(ObjectNode document) {
        document.path("license").forEach(licence -> {
            if (licence.isObject() && !"unlicensed".equals(licence.path("licenseType").asString())
                    && !licence.has("owner") && document.has("owner")) {
                ((ObjectNode) licence).set("owner", document.get("owner").deepCopy());
            }
        });
        return document;
    }

    ObjectNode full(MineSite site, LocalDate today, List<Inspection> inspections, List<StatusChange> history) {
        var document = summary(site, today);
        var inspected = document.putArray("inspection");
        inspections.forEach(inspection -> inspected.add(inspection(inspection)));
        var changes = document.putArray("statusChange");
        history.stream().sorted(java.util.Comparator.comparing(StatusChange::getChangedOn)
                        .thenComparing(StatusChange::getId))
                .forEach(change -> changes.addObject()
                        .put("dateOfChange", change.getChangedOn().toString())
                        .put("newStatus", change.getToStatus().icglrCode()));
        return document;
    }

    private ObjectNode location(MineSite site) {
        var location = json.createObjectNode();
        // MD.06: decimal degrees with 4 decimals (the registry keeps 6 for sites drawn on its pages).
        location.putObject("geolocalization")
                .put("latitude", site.getLatitude().setScale(4, java.math.RoundingMode.HALF_UP))
                .put("longitude", site.getLongitude().setScale(4, java.math.RoundingMode.HALF_UP));
        var local = location.putObject("localGeographicDesignation");
        local.put("country", site.getCountry());
        if (site.getDivision() != null) {
            local.put("subnationalDivisionL1", site.getDivision());
        }
        local.put("addressLocalityText", site.getLocality() != null ? site.getLocality() : site.getName());
        if (site.getPolygon() != null) {
            location.set("polygon", json.readTree(site.getPolygon()));
        }
        if (site.getAltitude() != null) {
            location.put("altitude", site.getAltitude());
        }
        return location;
    }

    private ObjectNode licence(Licence licence, MineSite site, LocalDate today) {
        var document = json.createObjectNode();
        document.put("licenseType", licence.getLicenceType().name().toLowerCase(Locale.ROOT));
        if (licence.getLicenceNumber() != null) {
            document.put("licenseId", licence.getLicenceNumber());
        }
        if (licence.getGrantedOn() != null) {
            document.put("grantedDate", licence.getGrantedOn().toString());
        }
        if (licence.getExpiresOn() != null) {
            document.put("expiringDate", licence.getExpiresOn().toString());
        }
        if (licence.getLicenceType() != Licence.Type.UNLICENSED) {
            document.put("licenseStatus", licence.expiredOn(today) ? 0 : 1);
        }
        var commodities = document.putArray("coveredCommodities");
        var codes = licence.getCommodities() == null || licence.getCommodities().isBlank()
                ? site.getMinerals().stream().map(Mineral::hsCode).sorted().toList()
                : List.of(licence.getCommodities().split(","));
        codes.forEach(commodities::add);
        return document;
    }

    /** MD.04: the platform's organisation id is the identifier; "N/A" stands for an unknown tax id, as allowed. */
    private ObjectNode businessEntity(Organisation organisation) {
        var entity = json.createObjectNode();
        entity.put("identifier", "orepass-org-" + organisation.getId());
        entity.put("name", organisation.getName());
        if (organisation.getAddress() != null) {
            var address = entity.putObject("legalAddress");
            address.put("country", organisation.getCountry());
            if (organisation.getDivision() != null) {
                address.put("subnationalDivisionL1", organisation.getDivision());
            }
            address.put("addressLocalityText", organisation.getAddress());
        }
        entity.put("tin", organisation.getTaxId() == null ? "N/A" : organisation.getTaxId());
        // MD.09 needs all three, in the standard's forms; an organisation that lacks any of them is served
        // without contactDetails (issue 17: omit the field, never the document) and the document says so.
        if (IcglrExchange.isCompleteBusinessEntity(organisation)) {
            entity.putObject("contactDetails")
                    .put("legalRepresentative", organisation.getContactName())
                    .put("contactPhoneNumber", IcglrExchange.phone(organisation.getContactPhone()))
                    .put("contactEmail", organisation.getContactEmail());
        }
        return entity;
    }

    /** MD.07: the id is the inspectors' initials and the inspection's date and number, as the standard suggests. */
    private ObjectNode inspection(Inspection inspection) {
        var document = json.createObjectNode();
        var initials = java.util.Arrays.stream(inspection.getInspectors().split("[\\s,;]+"))
                .filter(word -> !word.isBlank()).map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining());
        document.put("inspectionId", initials + "-" + inspection.getInspectedOn() + "-" + inspection.getId());
        document.put("inspectionDate", inspection.getInspectedOn().toString());
        document.put("inspectionResult", inspection.getResult().icglrCode());
        if (inspection.getPurpose() != null) {
            document.put("inspectionPurpose", inspection.getPurpose());
        }
        if (inspection.getFindings() != null) {
            document.put("inspectionResults", inspection.getFindings());
        }
        document.put("inspectorName", inspection.getInspectors());
        // Only accounts with the inspector role record inspections; the platform keeps no job titles.
        document.put("inspectorPosition", "Inspector");
        document.put("governmentAgency", inspection.getAgency());
        return document;
    }
}
