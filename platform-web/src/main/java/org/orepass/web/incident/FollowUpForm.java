package org.orepass.web.incident;

/** The follow-up code as the reporter types it. */
public class FollowUpForm {

    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
