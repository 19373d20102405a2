package org.orepass.revenue;

/** Where a tax due stands: nothing paid, some paid, all paid. */
public enum TaxDueStatus {
    DUE,
    PARTLY_PAID,
    PAID
}
