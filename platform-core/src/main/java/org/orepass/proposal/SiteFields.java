package org.orepass.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.Licence;
import org.orepass.site.MineSite;
import org.orepass.site.Mineral;
import org.orepass.site.MiningType;
import org.orepass.site.SiteDetails;

/**
 * The fields of a site description an operator may propose to change, each as one normalised text value, so
 * that "-1.2833" and "-1.283300" compare equal and a proposal keeps only real changes. Names are those of the
 * site form, so a domain refusal shows next to the right field. The country (part of the ICGLR identifier) and
 * the operators (not on the form) are not proposable.
 */
public final class SiteFields {

    public static final List<String> NAMES = List.of("name", "nationalId", "division", "locality", "latitude",
            "longitude", "altitude", "ownerId", "minerals", "activityStatus", "miningType", "formalisationStage",
            "licenceType", "licenceNumber", "licenceGrantedOn", "licenceExpiresOn", "workersMen", "workersWomen",
            "childrenObserved", "membersMen", "membersWomen", "mercuryUse", "capacity");

    private SiteFields() {
    }

    /** The site's description as it stands, as an edit would start from it. */
    public static SiteDetails of(MineSite site) {
        var licence = site.getLicences().isEmpty() ? null : site.getLicences().get(0);
        var operatorIds = new HashSet<Long>();
        site.getOperators().forEach(operator -> operatorIds.add(operator.getId()));
        return new SiteDetails(site.getName(), site.getNationalId(), site.getCountry(), site.getDivision(),
                site.getLocality(), site.getLatitude(), site.getLongitude(), site.getAltitude(),
                site.getOwner() == null ? null : site.getOwner().getId(), operatorIds, site.getMinerals(),
                site.getActivityStatus(), site.getMiningType(), site.getFormalisationStage(), site.getWorkersMen(),
                site.getWorkersWomen(), site.getChildrenObserved(), site.getMembersMen(), site.getMembersWomen(),
                site.isMercuryUse(), site.getCapacityKgPerMonth(),
                new SiteDetails.LicenceDetails(licence == null ? null : licence.getLicenceType(),
                        licence == null ? null : licence.getLicenceNumber(),
                        licence == null ? null : licence.getGrantedOn(),
                        licence == null ? null : licence.getExpiresOn()),
                false);
    }

    /** Every proposable field of {@code details} as normalised text (null for "none"). */
    public static Map<String, String> valuesOf(SiteDetails details) {
        var values = new LinkedHashMap<String, String>();
        var licence = details.licence() == null
                ? new SiteDetails.LicenceDetails(null, null, null, null) : details.licence();
        values.put("name", text(details.name()));
        values.put("nationalId", text(details.nationalId()));
        values.put("division", text(details.division()));
        values.put("locality", text(details.locality()));
        values.put("latitude", number(details.latitude()));
        values.put("longitude", number(details.longitude()));
        values.put("altitude", number(details.altitude()));
        values.put("ownerId", details.ownerId() == null ? null : details.ownerId().toString());
        values.put("minerals", details.minerals().isEmpty() ? null
                : String.join(",", new TreeSet<>(details.minerals().stream().map(Enum::name).toList())));
        values.put("activityStatus", name(details.activityStatus()));
        values.put("miningType", name(details.miningType()));
        values.put("formalisationStage", name(details.formalisationStage()));
        values.put("licenceType", name(licence.type()));
        values.put("licenceNumber", text(licence.number()));
        values.put("licenceGrantedOn", licence.grantedOn() == null ? null : licence.grantedOn().toString());
        values.put("licenceExpiresOn", licence.expiresOn() == null ? null : licence.expiresOn().toString());
        values.put("workersMen", Integer.toString(details.workersMen()));
        values.put("workersWomen", Integer.toString(details.workersWomen()));
        values.put("childrenObserved", Integer.toString(details.childrenObserved()));
        values.put("membersMen", Integer.toString(details.membersMen()));
        values.put("membersWomen", Integer.toString(details.membersWomen()));
        values.put("mercuryUse", Boolean.toString(details.mercuryUse()));
        var capacity = new TreeMap<String, String>();
        details.capacityKgPerMonth().forEach((mineral, kg) -> capacity.put(mineral.name(), number(kg)));
        values.put("capacity", capacity.isEmpty() ? null : String.join(";",
                capacity.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        return values;
    }

    /** The fields whose values differ, in form order. */
    public static List<String> changedBetween(Map<String, String> before, Map<String, String> after) {
        return NAMES.stream().filter(field -> !Objects.equals(before.get(field), after.get(field))).toList();
    }

    /** {@code details} with the given fields replaced by their text values. */
    public static SiteDetails with(SiteDetails details, Map<String, String> changes, boolean locationConfirmed) {
        var values = valuesOf(details);
        values.putAll(changes);
        return new SiteDetails(values.get("name"), values.get("nationalId"), details.country(),
                values.get("division"), values.get("locality"), decimal(values.get("latitude")),
                decimal(values.get("longitude")), decimal(values.get("altitude")),
                parse(values.get("ownerId"), Long::valueOf), details.operatorIds(),
                new HashSet<>(minerals(values.get("minerals"))),
                parse(values.get("activityStatus"), ActivityStatus::valueOf),
                parse(values.get("miningType"), MiningType::valueOf),
                parse(values.get("formalisationStage"), FormalisationStage::valueOf),
                Integer.parseInt(values.get("workersMen")), Integer.parseInt(values.get("workersWomen")),
                Integer.parseInt(values.get("childrenObserved")), Integer.parseInt(values.get("membersMen")),
                Integer.parseInt(values.get("membersWomen")), Boolean.parseBoolean(values.get("mercuryUse")),
                capacity(values.get("capacity")),
                new SiteDetails.LicenceDetails(parse(values.get("licenceType"), Licence.Type::valueOf),
                        values.get("licenceNumber"), parse(values.get("licenceGrantedOn"), LocalDate::parse),
                        parse(values.get("licenceExpiresOn"), LocalDate::parse)),
                locationConfirmed);
    }

    /** Minerals of a "minerals" value, in order (for display). */
    public static List<Mineral> minerals(String value) {
        return value == null ? List.of() : new ArrayList<>(split(value, ",", Mineral::valueOf));
    }

    /** Capacities of a "capacity" value, in order (for display). */
    public static Map<Mineral, BigDecimal> capacity(String value) {
        var capacity = new EnumMap<Mineral, BigDecimal>(Mineral.class);
        if (value != null) {
            for (String entry : value.split(";")) {
                var parts = entry.split("=", 2);
                capacity.put(Mineral.valueOf(parts[0]), new BigDecimal(parts[1]));
            }
        }
        return capacity;
    }

    private static <T> Set<T> split(String value, String separator, Function<String, T> parser) {
        var result = new java.util.LinkedHashSet<T>();
        for (String part : value.split(separator)) {
            result.add(parser.apply(part));
        }
        return result;
    }

    private static <T> T parse(String value, Function<String, T> parser) {
        return value == null ? null : parser.apply(value);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
