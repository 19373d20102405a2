package org.orepass.savings;

/** A member's office in the group (most are simply members). */
public enum MemberRole {
    CHAIR,
    RECORDER,
    TREASURER,
    KEY_HOLDER,
    MONEY_COUNTER,
    MEMBER
}
