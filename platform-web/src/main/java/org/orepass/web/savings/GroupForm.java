package org.orepass.web.savings;

/** A new savings group: its name, the producer organisation or community it belongs to, its CSO, its currency. */
public class GroupForm {

    private String name;
    private Long organisationId;
    private String community;
    private Long csoId;
    private String currency = "UGX";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getCommunity() {
        return community;
    }

    public void setCommunity(String community) {
        this.community = community;
    }

    public Long getCsoId() {
        return csoId;
    }

    public void setCsoId(Long csoId) {
        this.csoId = csoId;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
