package org.orepass.web.producer;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.web.multipart.MultipartFile;

/** The area rehabilitated to date, the day it was measured, a note and a file (photo, survey) if there is one. */
public class RehabilitationProgressForm {

    private LocalDate measuredOn;
    private BigDecimal rehabilitatedHa;
    private String note;
    private MultipartFile file;

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(LocalDate measuredOn) {
        this.measuredOn = measuredOn;
    }

    public BigDecimal getRehabilitatedHa() {
        return rehabilitatedHa;
    }

    public void setRehabilitatedHa(BigDecimal rehabilitatedHa) {
        this.rehabilitatedHa = rehabilitatedHa;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
