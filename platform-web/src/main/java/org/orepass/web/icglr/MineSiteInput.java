package org.orepass.web.icglr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.Organisations;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.Licence;
import org.orepass.site.MineSite;
import org.orepass.site.Mineral;
import org.orepass.site.MiningType;
import org.orepass.site.SiteDetails;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads an MD.01 document (already checked against the schema) into the registry's {@link SiteDetails}. Owner
 * and operators must be organisations the platform knows, found by the identifier it publishes
 * ({@code orepass-org-N}) or by tax id. What the standard does not carry (mining type, formalisation stage,
 * workforce, capacity) is kept from the site on an update and given plain defaults on a creation; the platform's
 * own fields {@code name}, {@code miningType}, {@code formalisationStage} and {@code locationConfirmed} may be sent.
 * Every problem found is collected, not only the first.
 */
@Component
class MineSiteInput {

    /** What a document says, in the registry's terms. */
    record Read(SiteDetails details, String polygon) {
    }

    private final Organisations organisations;

    MineSiteInput(Organisations organisations) {
        this.organisations = organisations;
    }

    Read read(JsonNode document, MineSite existing) {
        var problems = new ArrayList<IcglrProblem>();
        var country = document.path("addressCountry").asString();
        var location = document.path("mineSiteLocation");
        var local = location.path("localGeographicDesignation");
        if (local.has("country") && !local.path("country").asString().equals(country)) {
            problems.add(new IcglrProblem("mineSiteLocation.localGeographicDesignation.country",
                    "must be the site's addressCountry " + country));
        }
        var minerals = minerals(document.path("mineral"), problems);
        var licence = licence(document.path("license"), problems);
        var owner = organisation(document.path("owner"), "owner", problems);
        var operatorIds = new HashSet<Long>();
        var operators = document.path("operator");
        for (int i = 0; i < operators.size(); i++) {
            organisation(operators.get(i), "operator[" + i + "]", problems).ifPresent(o -> operatorIds.add(o.getId()));
        }
        var activity = Arrays.stream(ActivityStatus.values())
                .filter(a -> a.icglrCode() == document.path("activityStatus").asInt()).findFirst().orElse(null);
        var miningType = choice(document, "miningType", MiningType.class,
                existing == null ? MiningType.ARTISANAL : existing.getMiningType(), problems);
        var stage = choice(document, "formalisationStage", FormalisationStage.class, existing != null
                ? existing.getFormalisationStage() : licence != null && licence.type() == Licence.Type.UNLICENSED
                        ? FormalisationStage.INFORMAL : FormalisationStage.LICENSED, problems);
        if (!problems.isEmpty()) {
            throw IcglrRequestRejected.invalid(problems);
        }
        var name = text(document, "name").orElse(existing != null ? existing.getName()
                : text(local, "addressLocalityText").orElse(document.path("nationalId").asString()));
        Map<Mineral, BigDecimal> capacity = new EnumMap<>(Mineral.class);
        if (existing != null) {
            existing.getCapacityKgPerMonth().forEach((mineral, kg) -> {
                if (minerals.contains(mineral)) {
                    capacity.put(mineral, kg);
                }
            });
        }
        var details = new SiteDetails(name, document.path("nationalId").asString(), country,
                text(local, "subnationalDivisionL1").orElse(null), text(local, "addressLocalityText").orElse(null),
                location.path("geolocalization").path("latitude").decimalValue(),
                location.path("geolocalization").path("longitude").decimalValue(),
                location.has("altitude") ? location.path("altitude").decimalValue() : null,
                owner.map(Organisation::getId).orElse(null), operatorIds, minerals, activity, miningType, stage,
                existing == null ? 0 : existing.getWorkersMen(), existing == null ? 0 : existing.getWorkersWomen(),
                existing == null ? 0 : existing.getChildrenObserved(), existing == null ? 0 : existing.getMembersMen(),
                existing == null ? 0 : existing.getMembersWomen(), existing != null && existing.isMercuryUse(),
                capacity, licence, document.path("locationConfirmed").asBoolean(false));
        return new Read(details, location.has("polygon") ? location.path("polygon").toString() : null);
    }

    private static Set<Mineral> minerals(JsonNode codes, List<IcglrProblem> problems) {
        var minerals = new HashSet<Mineral>();
        for (int i = 0; i < codes.size(); i++) {
            var mineral = IcglrCodes.mineral(codes.get(i).asString(), false);
            if (mineral.isEmpty()) {
                problems.add(new IcglrProblem("mineral[" + i + "]", IcglrCodes.MINERAL_CODES));
            } else {
                minerals.add(mineral.get());
            }
        }
        return minerals;
    }

    /** The registry keeps one licence per site (the current one). */
    private static SiteDetails.LicenceDetails licence(JsonNode licences, List<IcglrProblem> problems) {
        if (licences.size() != 1) {
            problems.add(new IcglrProblem("license", "exactly one licence per site (the current one)"));
            return null;
        }
        var licence = licences.get(0);
        var type = Licence.Type.valueOf(licence.path("licenseType").asString().toUpperCase(Locale.ROOT));
        return new SiteDetails.LicenceDetails(type, text(licence, "licenseId").orElse(null),
                date(licence, "grantedDate", "license[0].grantedDate", problems),
                date(licence, "expiringDate", "license[0].expiringDate", problems));
    }

    private Optional<Organisation> organisation(JsonNode entity, String field, List<IcglrProblem> problems) {
        var identifier = entity.path("identifier").asString();
        Optional<Organisation> found = Optional.empty();
        if (identifier.matches("orepass-org-[0-9]{1,18}")) {
            found = organisations.findById(Long.valueOf(identifier.substring("orepass-org-".length())));
        }
        var tin = entity.path("tin").asString();
        if (found.isEmpty() && !tin.isBlank() && !tin.equalsIgnoreCase("N/A")) {
            var byTin = organisations.findByTaxIdIgnoreCase(tin);
            if (byTin.size() == 1) {
                found = Optional.of(byTin.get(0));
            }
        }
        if (found.isEmpty()) {
            problems.add(new IcglrProblem(field, "no organisation registered on the platform has this identifier "
                    + "or tax id; an administrator registers it first"));
        }
        return found;
    }

    private static <E extends Enum<E>> E choice(JsonNode document, String field, Class<E> type, E otherwise,
            List<IcglrProblem> problems) {
        var value = text(document, field);
        if (value.isEmpty()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.get());
        } catch (IllegalArgumentException unknown) {
            problems.add(new IcglrProblem(field, "one of " + Arrays.toString(type.getEnumConstants())));
            return otherwise;
        }
    }

    private static LocalDate date(JsonNode node, String name, String field, List<IcglrProblem> problems) {
        var value = text(node, name);
        try {
            return value.map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            problems.add(new IcglrProblem(field, "not a calendar date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? Optional.of(value.asString().strip())
                : Optional.empty();
    }
}
