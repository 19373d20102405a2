package org.orepass.custody.internal;

import org.orepass.custody.OriginatingOperation;

/**
 * What was done to lots, as their history lists it. The ICGLR code list (MDC.06) has no sale, receipt, rejection
 * or split: the first three are the two sides of a PURCHASE, and a split is a COMBINATION of one lot into many
 * (the standard redefines a lot at every aggregation or disaggregation), so {@link #icglr()} maps each to the
 * code the standard exchanges.
 */
public enum OperationKind {
    PRODUCTION(OriginatingOperation.PRODUCTION),
    SALE(OriginatingOperation.PURCHASE),
    RECEIPT(OriginatingOperation.PURCHASE),
    REJECTION(OriginatingOperation.PURCHASE),
    COMBINATION(OriginatingOperation.COMBINATION),
    SPLIT(OriginatingOperation.COMBINATION),
    PROCESSING(OriginatingOperation.PROCESSING),
    TRANSPORTATION(OriginatingOperation.TRANSPORTATION),
    STORAGE(OriginatingOperation.STORAGE);

    private final OriginatingOperation icglr;

    OperationKind(OriginatingOperation icglr) {
        this.icglr = icglr;
    }

    public OriginatingOperation icglr() {
        return icglr;
    }
}
