package org.orepass.savings;

/**
 * What a ledger entry records, with its effect on the box: money in or out of the loan fund or the social fund,
 * or (a service charge) no cash at all but a debt the member now owes.
 */
public enum EntryKind {
    /** Shares bought: savings, into the loan fund. */
    SHARES(1, false),
    /** The social-fund contribution: into the social fund. */
    SOCIAL_FUND(1, true),
    /** A grant from the social fund to a member in need: out of the social fund. */
    SOCIAL_GRANT(-1, true),
    /** A loan given: out of the loan fund. */
    LOAN(-1, false),
    /** A loan repayment: into the loan fund, paying service charges owed first, then principal. */
    REPAYMENT(1, false),
    /** A service charge due on a loan for a month: no cash, added to what the member owes. */
    SERVICE_CHARGE(0, false),
    /** A fine: into the loan fund. */
    FINE(1, false),
    /** Undoes an earlier entry (the only correction there is). */
    REVERSAL(0, false);

    private final int cashSign;
    private final boolean socialFund;

    EntryKind(int cashSign, boolean socialFund) {
        this.cashSign = cashSign;
        this.socialFund = socialFund;
    }

    /** +1 money into the box, -1 out, 0 none. */
    public int cashSign() {
        return cashSign;
    }

    public boolean socialFund() {
        return socialFund;
    }
}
