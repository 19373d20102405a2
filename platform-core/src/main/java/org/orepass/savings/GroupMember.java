package org.orepass.savings;

import java.time.LocalDate;

/**
 * A member of a group: a number in the group's book, a name (or none: the number alone), sex and office; the
 * version edits are checked against, and the day the member left (null: still a member; a member with anything in
 * the books is never deleted, only marked left).
 */
public record GroupMember(long id, long groupId, int number, String name, Sex sex, MemberRole role, long version,
        LocalDate leftOn) {

    public GroupMember(long id, long groupId, int number, String name, Sex sex, MemberRole role) {
        this(id, groupId, number, name, sex, role, 0, null);
    }

    /** The name, or "No. 7" when the group records numbers only. */
    public String label() {
        return name == null || name.isBlank() ? "No. " + number : name;
    }

    public boolean active() {
        return leftOn == null;
    }
}
