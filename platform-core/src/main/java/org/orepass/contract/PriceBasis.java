package org.orepass.contract;

/** How a contract sets the price: a share of a reference price (such as the LBMA Gold Price), or a fixed price. */
public enum PriceBasis {
    REFERENCE_SHARE,
    FIXED
}
