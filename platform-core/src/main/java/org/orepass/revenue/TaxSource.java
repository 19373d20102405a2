package org.orepass.revenue;

/** What a tax is charged on: a lot produced at a mine site, or an export shipment. */
public enum TaxSource {
    PRODUCTION_LOT,
    EXPORT
}
