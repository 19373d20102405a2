package org.orepass.web.legalhelp;

/** An administrator registers a CSO as offering legal help, naming its supervisors. */
public class ProviderForm {

    private Long organisationId;
    private String description;
    private String supervisors;

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSupervisors() {
        return supervisors;
    }

    public void setSupervisors(String supervisors) {
        this.supervisors = supervisors;
    }
}
