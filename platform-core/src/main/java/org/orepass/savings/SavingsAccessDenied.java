package org.orepass.savings;

/** The actor may not see or record for this savings group (shown as the 403 page). */
public class SavingsAccessDenied extends RuntimeException {

    public SavingsAccessDenied(String what) {
        super("not allowed: " + what);
    }
}
