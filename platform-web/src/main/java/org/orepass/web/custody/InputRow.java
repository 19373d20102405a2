package org.orepass.web.custody;

import java.math.BigDecimal;
import org.orepass.custody.OperationHistory;

/** One lot an operation may take from: ticked or not, how many kilograms, and the lot's version the user saw. */
public class InputRow {

    private Long lotId;
    private Long version;
    private boolean selected;
    private BigDecimal massKg;

    public InputRow() {
    }

    /** Offered with all it holds, so that ticking it takes the whole lot unless the user types less. */
    static InputRow of(OperationHistory.HeldLot lot, boolean selected) {
        var row = new InputRow();
        row.lotId = lot.id();
        row.version = lot.version();
        row.selected = selected;
        // Plain digits (70, not 7E+1 nor 70.000): the field shows what a person would type.
        row.massKg = new BigDecimal(lot.remainingKg().stripTrailingZeros().toPlainString());
        return row;
    }

    public Long getLotId() {
        return lotId;
    }

    public void setLotId(Long lotId) {
        this.lotId = lotId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public boolean isSelected() {
        return selected;
    }

    public void setSelected(boolean selected) {
        this.selected = selected;
    }

    public BigDecimal getMassKg() {
        return massKg;
    }

    public void setMassKg(BigDecimal massKg) {
        this.massKg = massKg;
    }
}
