package org.orepass.savings;

/** A member of a group: a number in the group's book, a name (or none: the number alone), sex and office. */
public record GroupMember(long id, long groupId, int number, String name, Sex sex, MemberRole role) {

    /** The name, or "No. 7" when the group records numbers only. */
    public String label() {
        return name == null || name.isBlank() ? "No. " + number : name;
    }
}
