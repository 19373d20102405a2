package org.orepass.revenue;

/** The filters of the taxes list; null means any. {@code reference} is a lot or export number, or part of it. */
public record TaxSearch(TaxDueStatus status, String country, String division, TaxType taxType, String reference) {

    public static TaxSearch any() {
        return new TaxSearch(null, null, null, null, null);
    }
}
