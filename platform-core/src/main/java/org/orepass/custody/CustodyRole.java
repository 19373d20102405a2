package org.orepass.custody;

/** ICGLR MDC.05 chain-of-custody roles of a lot's creator, with the code the standard exchanges. */
public enum CustodyRole {
    MINER(1),
    TRADER(2),
    SHIPPER(3),
    PROCESSOR(4),
    WAREHOUSE(5),
    IMPORTER(6),
    EXPORTER(7),
    GOVERNMENT(8);

    private final int icglrCode;

    CustodyRole(int icglrCode) {
        this.icglrCode = icglrCode;
    }

    public int icglrCode() {
        return icglrCode;
    }
}
