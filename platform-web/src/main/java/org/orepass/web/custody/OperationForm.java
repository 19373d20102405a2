package org.orepass.web.custody;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.orepass.custody.CustodyOperations;
import org.orepass.custody.GradeBasis;
import org.orepass.custody.OperationHistory;
import org.orepass.custody.OutputLot;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The combination, split and processing forms, one class: the lots to take from (combination, processing), the
 * lots to make (split parts, processing outputs), the processing loss and packaging of a combined lot, the date
 * and notes. Each page shows the fields of its operation; the others stay empty.
 */
public class OperationForm {

    static final int SPLIT_PARTS = 10;
    static final int PROCESSING_OUTPUTS = 5;

    @Valid
    private List<InputRow> inputs = new ArrayList<>();
    @Valid
    private List<PartRow> parts = new ArrayList<>();
    private Long version;
    private BigDecimal lossKg;
    /** The combined lot's grade (combination); empty: the inputs' grades weighted by mass. */
    private BigDecimal concentration;
    /** The basis every grade of the form is typed in; empty for the mineral's own. */
    private GradeBasis gradeBasis;
    /** Processing: the outputs' grades were measured by an assay (a breach is then recorded, not refused). */
    private boolean assayed;
    @Size(max = 60, message = "{validation.size}")
    private String packageType;
    private Integer packageCount;
    @NotNull(message = "{operation.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    @Size(max = 500, message = "{validation.size}")
    private String notes;

    /** The page's lot ticked first, then the other lots of its mineral the organisation holds. */
    static OperationForm taking(OperationHistory.Options options, LocalDate today, int outputRows) {
        var form = new OperationForm();
        form.inputs.add(InputRow.of(options.lot(), true));
        options.others().forEach(other -> form.inputs.add(InputRow.of(other, false)));
        form.addParts(outputRows);
        form.date = today;
        return form;
    }

    static OperationForm splitting(OperationHistory.Options options, LocalDate today) {
        var form = new OperationForm();
        form.version = options.lot().version();
        form.addParts(SPLIT_PARTS);
        form.date = today;
        return form;
    }

    private void addParts(int rows) {
        for (int i = 0; i < rows; i++) {
            parts.add(new PartRow());
        }
    }

    /** The rows the user ticked, as takes, with the index of each in {@link #getInputs()}. */
    Rows<CustodyOperations.Take> takes() {
        var rows = new Rows<CustodyOperations.Take>("inputs", "inputs");
        for (int i = 0; i < inputs.size(); i++) {
            var row = inputs.get(i);
            if (row.isSelected()) {
                rows.add(i, new CustodyOperations.Take(row.getLotId(), row.getVersion(), row.getMassKg()));
            }
        }
        return rows;
    }

    /**
     * The rows the user filled in, as lots to make, with the index of each in {@link #getParts()}; the domain
     * names them {@code parts} (split) or {@code outputs} (processing).
     */
    Rows<OutputLot> outputs(String domainList) {
        var rows = new Rows<OutputLot>(domainList, "parts");
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).isBlank()) {
                rows.add(i, parts.get(i).toOutput(gradeBasis));
            }
        }
        return rows;
    }

    /** After a refusal the user sees the lots as they are now; the versions resubmitted are the current ones. */
    void refresh(OperationHistory.Options options) {
        version = options.lot().version();
        for (var row : inputs) {
            if (row.getLotId() == null) {
                continue;
            }
            if (row.getLotId().equals(options.lot().id())) {
                row.setVersion(options.lot().version());
            }
            options.others().stream().filter(o -> o.id().equals(row.getLotId())).findFirst()
                    .ifPresent(o -> row.setVersion(o.version()));
        }
    }

    public List<InputRow> getInputs() {
        return inputs;
    }

    public void setInputs(List<InputRow> inputs) {
        this.inputs = inputs;
    }

    public List<PartRow> getParts() {
        return parts;
    }

    public void setParts(List<PartRow> parts) {
        this.parts = parts;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    CustodyOperations.TypedGrade grade() {
        return new CustodyOperations.TypedGrade(concentration, gradeBasis);
    }

    public BigDecimal getConcentration() {
        return concentration;
    }

    public void setConcentration(BigDecimal concentration) {
        this.concentration = concentration;
    }

    public GradeBasis getGradeBasis() {
        return gradeBasis;
    }

    public void setGradeBasis(GradeBasis gradeBasis) {
        this.gradeBasis = gradeBasis;
    }

    public boolean isAssayed() {
        return assayed;
    }

    public void setAssayed(boolean assayed) {
        this.assayed = assayed;
    }

    public BigDecimal getLossKg() {
        return lossKg;
    }

    public void setLossKg(BigDecimal lossKg) {
        this.lossKg = lossKg;
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

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
