package org.orepass.custody.internal;

/** A sale on its way: sent by the seller, then received (weighed) or rejected by the buyer. */
public enum TransferStatus {
    SENT,
    RECEIVED,
    REJECTED
}
