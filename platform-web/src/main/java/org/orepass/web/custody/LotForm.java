package org.orepass.web.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.orepass.custody.GradeBasis;
import org.orepass.custody.MassUnit;
import org.orepass.custody.ProductionDetails;
import org.orepass.site.Mineral;
import org.springframework.format.annotation.DateTimeFormat;

/** The production form: the tag on the bag, what is in it, and when it was produced. */
public class LotForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 30, message = "{validation.size}")
    private String tagNumber;
    @NotNull(message = "{validation.required}")
    private Mineral mineral;
    @NotNull(message = "{validation.required}")
    @Positive(message = "{lot.mass.positive}")
    private BigDecimal mass;
    @NotNull(message = "{validation.required}")
    private MassUnit unit = MassUnit.KGM;
    private BigDecimal concentration;
    /** The basis the grade was typed in; empty for the mineral's own (only cassiterite has another: Sn). */
    private GradeBasis gradeBasis;
    @Size(max = 60, message = "{validation.size}")
    private String packageType;
    @Positive(message = "{lot.packageCount.positive}")
    private Integer packageCount;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate productionDate;

    ProductionDetails toDetails() {
        return new ProductionDetails(tagNumber, mineral, mass, unit, concentration,
                packageType == null || packageType.isBlank() ? null : packageType.strip(), packageCount,
                productionDate, gradeBasis);
    }

    public GradeBasis getGradeBasis() {
        return gradeBasis;
    }

    public void setGradeBasis(GradeBasis gradeBasis) {
        this.gradeBasis = gradeBasis;
    }

    public String getTagNumber() {
        return tagNumber;
    }

    public void setTagNumber(String tagNumber) {
        this.tagNumber = tagNumber;
    }

    public Mineral getMineral() {
        return mineral;
    }

    public void setMineral(Mineral mineral) {
        this.mineral = mineral;
    }

    public BigDecimal getMass() {
        return mass;
    }

    public void setMass(BigDecimal mass) {
        this.mass = mass;
    }

    public MassUnit getUnit() {
        return unit;
    }

    public void setUnit(MassUnit unit) {
        this.unit = unit;
    }

    public BigDecimal getConcentration() {
        return concentration;
    }

    public void setConcentration(BigDecimal concentration) {
        this.concentration = concentration;
    }

    public String getPackageType() {
        return packageType;
    }

    public void setPackageType(String packageType) {
        this.packageType = packageType;
    }

    public Integer getPackageCount() {
        return packageCount;
    }

    public void setPackageCount(Integer packageCount) {
        this.packageCount = packageCount;
    }

    public LocalDate getProductionDate() {
        return productionDate;
    }

    public void setProductionDate(LocalDate productionDate) {
        this.productionDate = productionDate;
    }
}
