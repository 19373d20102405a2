package org.orepass.custody;

/**
 * A line of an organisation's logbook, as bag-and-tag logbooks keep them on paper: what came into its stock and
 * what left it. Lots made from others (combination, processing, and later operations alike) are counted by their
 * originating operation: their inputs leave stock as PROCESSING_IN, the lots made enter it as PROCESSING_OUT,
 * except export lots, whose inputs leave as EXPORT and which are not stock any more.
 */
public enum LogbookEntryKind {
    PRODUCTION(true),
    PURCHASE(true),
    /** Material that crossed the border into the organisation's stock (issue 14): not production, not a purchase. */
    IMPORT(true),
    SALE(false),
    /** A delivery the buyer rejected: the mass came back to the seller's lot. */
    RETURN(true),
    PROCESSING_IN(false),
    PROCESSING_OUT(true),
    EXPORT(false);

    private final boolean incoming;

    LogbookEntryKind(boolean incoming) {
        this.incoming = incoming;
    }

    public boolean incoming() {
        return incoming;
    }
}
