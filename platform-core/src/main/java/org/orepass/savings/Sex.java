package org.orepass.savings;

/** A member's sex, as programmes report savings and loans by sex. */
public enum Sex {
    FEMALE,
    MALE
}
