package org.orepass.site;

/** ICGLR RCM certification status (code list MDC.01), with the integer code the standard exchanges. */
public enum SiteStatus {
    /** Not yet inspected, or green that expired; valid up to 3 years, then red. */
    BLUE(0),
    /** Meets every criterion; may produce for certified export; re-inspected yearly. */
    GREEN(1),
    /** An important criterion is violated; 3 months to correct; may still trade meanwhile. */
    YELLOW(2),
    /** A critical criterion is breached; no trade until a later inspection shows it corrected. */
    RED(3);

    private final int icglrCode;

    SiteStatus(int icglrCode) {
        this.icglrCode = icglrCode;
    }

    public int icglrCode() {
        return icglrCode;
    }
}
