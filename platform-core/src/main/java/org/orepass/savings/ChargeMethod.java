package org.orepass.savings;

/** How the monthly service charge on a loan is computed (the constitution says which). */
public enum ChargeMethod {
    /** Each month on the amount first lent, whatever was repaid since. */
    FLAT,
    /** Each month on the principal still owed at that month's charge. */
    DECLINING
}
