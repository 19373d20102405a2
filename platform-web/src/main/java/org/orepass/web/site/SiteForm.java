package org.orepass.web.site;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.Licence;
import org.orepass.site.MineSite;
import org.orepass.site.Mineral;
import org.orepass.site.MiningType;
import org.orepass.site.SiteDetails;
import org.springframework.format.annotation.DateTimeFormat;

/** The site registration and edit form. */
public class SiteForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size}")
    private String name;
    @Size(max = 60, message = "{validation.size}")
    private String nationalId;
    @NotBlank(message = "{validation.required}")
    private String country;
    @Pattern(regexp = "^$|^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$", message = "{validation.division.format}")
    private String division;
    @Size(max = 300, message = "{validation.size}")
    private String locality;
    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "-90", message = "{site.latitude.range}")
    @DecimalMax(value = "90", message = "{site.latitude.range}")
    private BigDecimal latitude;
    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "-180", message = "{site.longitude.range}")
    @DecimalMax(value = "180", message = "{site.longitude.range}")
    private BigDecimal longitude;
    private BigDecimal altitude;
    private boolean locationConfirmed;
    private Long ownerId;
    private Set<Mineral> minerals = EnumSet.noneOf(Mineral.class);
    @NotNull(message = "{validation.required}")
    private ActivityStatus activityStatus = ActivityStatus.ACTIVE;
    @NotNull(message = "{validation.required}")
    private MiningType miningType = MiningType.ARTISANAL;
    @NotNull(message = "{validation.required}")
    private FormalisationStage formalisationStage;
    @Min(value = 0, message = "{site.count.negative}")
    private int workersMen;
    @Min(value = 0, message = "{site.count.negative}")
    private int workersWomen;
    @Min(value = 0, message = "{site.count.negative}")
    private int childrenObserved;
    @Min(value = 0, message = "{site.count.negative}")
    private int membersMen;
    @Min(value = 0, message = "{site.count.negative}")
    private int membersWomen;
    private boolean mercuryUse;
    private Map<Mineral, BigDecimal> capacity = new EnumMap<>(Mineral.class);
    @NotNull(message = "{validation.required}")
    private Licence.Type licenceType;
    @Size(max = 60, message = "{validation.size}")
    private String licenceNumber;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate licenceGrantedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate licenceExpiresOn;
    private long version;

    public static SiteForm of(MineSite site) {
        var form = new SiteForm();
        form.name = site.getName();
        form.nationalId = site.getNationalId();
        form.country = site.getCountry();
        form.division = site.getDivision();
        form.locality = site.getLocality();
        form.latitude = site.getLatitude().stripTrailingZeros();
        form.longitude = site.getLongitude().stripTrailingZeros();
        form.altitude = site.getAltitude();
        form.ownerId = site.getOwner() == null ? null : site.getOwner().getId();
        form.minerals = site.getMinerals().isEmpty() ? EnumSet.noneOf(Mineral.class) : EnumSet.copyOf(site.getMinerals());
        form.activityStatus = site.getActivityStatus();
        form.miningType = site.getMiningType();
        form.formalisationStage = site.getFormalisationStage();
        form.workersMen = site.getWorkersMen();
        form.workersWomen = site.getWorkersWomen();
        form.childrenObserved = site.getChildrenObserved();
        form.membersMen = site.getMembersMen();
        form.membersWomen = site.getMembersWomen();
        form.mercuryUse = site.isMercuryUse();
        form.capacity = new EnumMap<>(Mineral.class);
        form.capacity.putAll(site.getCapacityKgPerMonth());
        if (!site.getLicences().isEmpty()) {
            var licence = site.getLicences().get(0);
            form.licenceType = licence.getLicenceType();
            form.licenceNumber = licence.getLicenceNumber();
            form.licenceGrantedOn = licence.getGrantedOn();
            form.licenceExpiresOn = licence.getExpiresOn();
        }
        form.version = site.getVersion();
        return form;
    }

    public SiteDetails toDetails() {
        var capacities = new EnumMap<Mineral, BigDecimal>(Mineral.class);
        capacity.forEach((mineral, kg) -> {
            if (kg != null) {
                capacities.put(mineral, kg);
            }
        });
        return new SiteDetails(name, nationalId, upper(country), upper(division), locality, latitude, longitude,
                altitude, ownerId, Set.of(), minerals, activityStatus, miningType, formalisationStage, workersMen,
                workersWomen, childrenObserved, membersMen, membersWomen, mercuryUse, capacities,
                new SiteDetails.LicenceDetails(licenceType, licenceNumber, licenceGrantedOn, licenceExpiresOn),
                locationConfirmed);
    }

    private static String upper(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    // Accessors for binding.
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNationalId() { return nationalId; }
    public void setNationalId(String nationalId) { this.nationalId = nationalId; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getDivision() { return division; }
    public void setDivision(String division) { this.division = division; }
    public String getLocality() { return locality; }
    public void setLocality(String locality) { this.locality = locality; }
    public BigDecimal getLatitude() { return latitude; }
    public void setLatitude(BigDecimal latitude) { this.latitude = latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public void setLongitude(BigDecimal longitude) { this.longitude = longitude; }
    public BigDecimal getAltitude() { return altitude; }
    public void setAltitude(BigDecimal altitude) { this.altitude = altitude; }
    public boolean isLocationConfirmed() { return locationConfirmed; }
    public void setLocationConfirmed(boolean locationConfirmed) { this.locationConfirmed = locationConfirmed; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public Set<Mineral> getMinerals() { return minerals; }
    public void setMinerals(Set<Mineral> minerals) {
        // An empty choice arrives as a null element; it means "none", not an error page.
        this.minerals = EnumSet.noneOf(Mineral.class);
        if (minerals != null) {
            minerals.stream().filter(java.util.Objects::nonNull).forEach(this.minerals::add);
        }
    }
    public ActivityStatus getActivityStatus() { return activityStatus; }
    public void setActivityStatus(ActivityStatus activityStatus) { this.activityStatus = activityStatus; }
    public MiningType getMiningType() { return miningType; }
    public void setMiningType(MiningType miningType) { this.miningType = miningType; }
    public FormalisationStage getFormalisationStage() { return formalisationStage; }
    public void setFormalisationStage(FormalisationStage formalisationStage) { this.formalisationStage = formalisationStage; }
    public int getWorkersMen() { return workersMen; }
    public void setWorkersMen(int workersMen) { this.workersMen = workersMen; }
    public int getWorkersWomen() { return workersWomen; }
    public void setWorkersWomen(int workersWomen) { this.workersWomen = workersWomen; }
    public int getChildrenObserved() { return childrenObserved; }
    public void setChildrenObserved(int childrenObserved) { this.childrenObserved = childrenObserved; }
    public int getMembersMen() { return membersMen; }
    public void setMembersMen(int membersMen) { this.membersMen = membersMen; }
    public int getMembersWomen() { return membersWomen; }
    public void setMembersWomen(int membersWomen) { this.membersWomen = membersWomen; }
    public boolean isMercuryUse() { return mercuryUse; }
    public void setMercuryUse(boolean mercuryUse) { this.mercuryUse = mercuryUse; }
    public Map<Mineral, BigDecimal> getCapacity() { return capacity; }
    public void setCapacity(Map<Mineral, BigDecimal> capacity) { this.capacity = capacity; }
    public Licence.Type getLicenceType() { return licenceType; }
    public void setLicenceType(Licence.Type licenceType) { this.licenceType = licenceType; }
    public String getLicenceNumber() { return licenceNumber; }
    public void setLicenceNumber(String licenceNumber) { this.licenceNumber = licenceNumber; }
    public LocalDate getLicenceGrantedOn() { return licenceGrantedOn; }
    public void setLicenceGrantedOn(LocalDate licenceGrantedOn) { this.licenceGrantedOn = licenceGrantedOn; }
    public LocalDate getLicenceExpiresOn() { return licenceExpiresOn; }
    public void setLicenceExpiresOn(LocalDate licenceExpiresOn) { this.licenceExpiresOn = licenceExpiresOn; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
