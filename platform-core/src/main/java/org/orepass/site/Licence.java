package org.orepass.site;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** ICGLR MD.02: a licence of a site, with its covered commodities (HS codes, comma-separated). */
@Entity
@Table(name = "mine_site_licence")
public class Licence {

    /** The ICGLR LicenseType code list. */
    public enum Type {
        CLAIM, EXPLORATION_PERMIT, MINING_LICENSE, ARTISANAL_PERMIT, UNLICENSED, OTHER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "site_id")
    private MineSite site;

    @Enumerated(EnumType.STRING)
    private Type licenceType;

    private String licenceNumber;
    private LocalDate grantedOn;
    private LocalDate expiresOn;
    private String commodities;

    @Version
    private long version;

    protected Licence() {
        // for JPA
    }

    Licence(MineSite site, Type type, String number, LocalDate grantedOn, LocalDate expiresOn, String commodities) {
        this.site = site;
        this.licenceType = type;
        this.licenceNumber = number;
        this.grantedOn = grantedOn;
        this.expiresOn = expiresOn;
        this.commodities = commodities;
    }

    void update(Type type, String number, LocalDate grantedOn, LocalDate expiresOn, String commodities) {
        this.licenceType = type;
        this.licenceNumber = number;
        this.grantedOn = grantedOn;
        this.expiresOn = expiresOn;
        this.commodities = commodities;
    }

    public boolean expiredOn(LocalDate day) {
        return expiresOn != null && expiresOn.isBefore(day);
    }

    public Long getId() {
        return id;
    }

    public Type getLicenceType() {
        return licenceType;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getCommodities() {
        return commodities;
    }
}
