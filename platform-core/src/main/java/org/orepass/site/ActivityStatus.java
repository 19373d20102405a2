package org.orepass.site;

/** ICGLR MDC.02 mining activity status. */
public enum ActivityStatus {
    ABANDONED(0),
    ACTIVE(1),
    NON_ACTIVE(2);

    private final int icglrCode;

    ActivityStatus(int icglrCode) {
        this.icglrCode = icglrCode;
    }

    public int icglrCode() {
        return icglrCode;
    }
}
