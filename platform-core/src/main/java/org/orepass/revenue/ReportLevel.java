package org.orepass.revenue;

/** How finely a revenue report groups places: by country, by ISO 3166-2 division, or down to the district. */
public enum ReportLevel {
    COUNTRY,
    DIVISION,
    DISTRICT
}
