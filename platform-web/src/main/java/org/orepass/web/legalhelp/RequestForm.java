package org.orepass.web.legalhelp;

/** A request for legal help: to which CSO, about what, the first message, and whether it is for the group. */
public class RequestForm {

    private Long providerId;
    private String subject;
    private String message;
    private boolean forGroup;

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public boolean isForGroup() {
        return forGroup;
    }

    public void setForGroup(boolean forGroup) {
        this.forGroup = forGroup;
    }
}
