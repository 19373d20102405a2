package org.orepass.web.savings;

import org.orepass.savings.GroupMember;
import org.orepass.savings.MemberRole;
import org.orepass.savings.Sex;

/**
 * A member as edited: number, name (or none), sex and office, with the version the form was read at (a change
 * made meanwhile by someone else is reported, never overwritten). {@code remove} is set by the "take out of the
 * group" button of the same form.
 */
public class MemberEditForm {

    private long version;
    private Integer number;
    private String name;
    private Sex sex;
    private MemberRole role;
    private String remove;
    /** Set by the "bring back into the group" button of a member who left. */
    private String back;

    static MemberEditForm of(GroupMember member) {
        var form = new MemberEditForm();
        form.version = member.version();
        form.number = member.number();
        form.name = member.name();
        form.sex = member.sex();
        form.role = member.role();
        return form;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public MemberRole getRole() {
        return role;
    }

    public void setRole(MemberRole role) {
        this.role = role;
    }

    public String getRemove() {
        return remove;
    }

    public void setRemove(String remove) {
        this.remove = remove;
    }

    public String getBack() {
        return back;
    }

    public void setBack(String back) {
        this.back = back;
    }
}
