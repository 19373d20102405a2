package org.orepass.siteimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.orepass.site.Mineral;

/** The columns of the import file: every field of the site form, named as the form (and the API) names them. */
public final class SiteImportColumns {

    public static final String NAME = "name";
    public static final String NATIONAL_ID = "nationalId";
    public static final String COUNTRY = "country";
    public static final String DIVISION = "division";
    public static final String LOCALITY = "locality";
    public static final String LATITUDE = "latitude";
    public static final String LONGITUDE = "longitude";
    public static final String ALTITUDE = "altitude";
    public static final String LOCATION_CONFIRMED = "locationConfirmed";
    public static final String OWNER = "owner";
    public static final String MINERALS = "minerals";
    public static final String ACTIVITY_STATUS = "activityStatus";
    public static final String MINING_TYPE = "miningType";
    public static final String FORMALISATION_STAGE = "formalisationStage";
    public static final String WORKERS_MEN = "workersMen";
    public static final String WORKERS_WOMEN = "workersWomen";
    public static final String CHILDREN_OBSERVED = "childrenObserved";
    public static final String MEMBERS_MEN = "membersMen";
    public static final String MEMBERS_WOMEN = "membersWomen";
    public static final String MERCURY_USE = "mercuryUse";
    /** Followed by the mineral's name: one column of monthly capacity per mineral. */
    public static final String CAPACITY_PREFIX = "capacityKgPerMonth.";
    public static final String LICENCE_TYPE = "licenceType";
    public static final String LICENCE_NUMBER = "licenceNumber";
    public static final String LICENCE_GRANTED_ON = "licenceGrantedOn";
    public static final String LICENCE_EXPIRES_ON = "licenceExpiresOn";

    /** In the template's order. */
    public static final List<String> ALL = all();

    /** A file without these cannot describe a site; the other columns may be left out and count as empty. */
    public static final Set<String> REQUIRED = Set.of(NAME, COUNTRY, LATITUDE, LONGITUDE, MINERALS,
            FORMALISATION_STAGE, LICENCE_TYPE);

    private SiteImportColumns() {
    }

    private static List<String> all() {
        var columns = new ArrayList<>(List.of(NAME, NATIONAL_ID, COUNTRY, DIVISION, LOCALITY, LATITUDE, LONGITUDE,
                ALTITUDE, LOCATION_CONFIRMED, OWNER, MINERALS, ACTIVITY_STATUS, MINING_TYPE, FORMALISATION_STAGE,
                WORKERS_MEN, WORKERS_WOMEN, CHILDREN_OBSERVED, MEMBERS_MEN, MEMBERS_WOMEN, MERCURY_USE));
        for (Mineral mineral : Mineral.values()) {
            columns.add(CAPACITY_PREFIX + mineral.name());
        }
        columns.addAll(List.of(LICENCE_TYPE, LICENCE_NUMBER, LICENCE_GRANTED_ON, LICENCE_EXPIRES_ON));
        return List.copyOf(columns);
    }

    /** The template's example: a licensed artisanal tin and tantalum pit in western Uganda. */
    public static List<String> exampleRow() {
        var row = new ArrayList<String>();
        for (String column : ALL) {
            row.add(switch (column) {
                case NAME -> "Bunagana cassiterite pit";
                case NATIONAL_ID -> "UG-DGSM-0001";
                case COUNTRY -> "UG";
                case DIVISION -> "UG-W";
                case LOCALITY -> "Kisoro";
                case LATITUDE -> "-1.2833";
                case LONGITUDE -> "29.6947";
                case ALTITUDE -> "1950";
                case LOCATION_CONFIRMED, MERCURY_USE -> "no";
                case MINERALS -> Mineral.CASSITERITE.hsCode() + " " + Mineral.COLTAN.name();
                case ACTIVITY_STATUS -> "ACTIVE";
                case MINING_TYPE -> "ARTISANAL";
                case FORMALISATION_STAGE -> "LICENSED";
                case WORKERS_MEN -> "40";
                case WORKERS_WOMEN -> "12";
                case LICENCE_TYPE -> "ARTISANAL_PERMIT";
                case LICENCE_NUMBER -> "AP-2024-117";
                case LICENCE_GRANTED_ON -> "2024-03-01";
                case LICENCE_EXPIRES_ON -> "2027-02-28";
                default -> column.equals(CAPACITY_PREFIX + Mineral.CASSITERITE.name()) ? "1500"
                        : column.startsWith("children") || column.startsWith("members") ? "0" : "";
            });
        }
        return row;
    }

    /** The column a domain rule's form field is shown in. */
    static String ofField(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "ownerId" -> OWNER;
            case "capacity" -> CAPACITY_PREFIX + "*";
            case "operatorIds" -> null;
            default -> ALL.contains(field) ? field : null;
        };
    }

    /** Header cells are matched without regard to case or surrounding spaces. */
    static String canonical(String headerCell) {
        var wanted = headerCell.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(column -> column.toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .orElse(null);
    }
}
