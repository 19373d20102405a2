package org.orepass.web.savings;

import org.orepass.savings.MemberRole;
import org.orepass.savings.Sex;

/** A new member: a name (or none, the number alone), sex and office. */
public class MemberForm {

    private String name;
    private Sex sex;
    private MemberRole role = MemberRole.MEMBER;

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
}
