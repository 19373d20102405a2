package org.orepass.custody;

/** ICGLR MDC.06 originating operations, with the code the standard exchanges. Only PRODUCTION is built yet. */
public enum OriginatingOperation {
    PRODUCTION(1),
    PURCHASE(2),
    COMBINATION(3),
    PROCESSING(4),
    TRANSPORTATION(5),
    STORAGE(6),
    IMPORT(7),
    EXPORT(8);

    private final int icglrCode;

    OriginatingOperation(int icglrCode) {
        this.icglrCode = icglrCode;
    }

    public int icglrCode() {
        return icglrCode;
    }
}
