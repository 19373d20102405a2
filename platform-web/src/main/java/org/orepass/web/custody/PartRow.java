package org.orepass.web.custody;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.orepass.custody.GradeBasis;
import org.orepass.custody.OutputLot;

/** One lot a split or processing makes; a row left empty is no lot. */
public class PartRow {

    private BigDecimal massKg;
    private BigDecimal concentration;
    @Size(max = 60, message = "{validation.size}")
    private String packageType;
    private Integer packageCount;

    boolean isBlank() {
        return massKg == null && concentration == null && packageCount == null
                && (packageType == null || packageType.isBlank());
    }

    OutputLot toOutput(GradeBasis gradeBasis) {
        return new OutputLot(massKg, concentration,
                packageType == null || packageType.isBlank() ? null : packageType.strip(), packageCount, gradeBasis);
    }

    public BigDecimal getMassKg() {
        return massKg;
    }

    public void setMassKg(BigDecimal massKg) {
        this.massKg = massKg;
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
}
