package org.orepass.web.custody;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.orepass.custody.ImportDetails;
import org.orepass.custody.ImportDocumentKind;
import org.orepass.site.Mineral;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import form (docs/borders.md): the document the material crossed with, the border post and date, the masses
 * on the document and weighed, and, when the papers are missing or not valid, why. Every rule is the use case's
 * ({@code LotImporting}), so the API and later channels meet the same ones.
 */
public class ImportForm {

    private ImportDocumentKind documentKind = ImportDocumentKind.ICGLR_CERTIFICATE;
    private String documentCountry;
    private String documentNumber;
    private String originCountry;
    private Mineral mineral;
    private BigDecimal concentration;
    private String borderPost;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate crossedOn;
    private BigDecimal documentMassKg;
    private BigDecimal receivedKg;
    private boolean suspect;
    private String suspectReason;
    private MultipartFile file;

    ImportDetails toDetails() {
        return new ImportDetails(documentKind, documentCountry, documentNumber, originCountry, mineral, concentration,
                borderPost, crossedOn, documentMassKg, receivedKg, suspect, suspectReason);
    }

    public ImportDocumentKind getDocumentKind() {
        return documentKind;
    }

    public void setDocumentKind(ImportDocumentKind documentKind) {
        this.documentKind = documentKind;
    }

    public String getDocumentCountry() {
        return documentCountry;
    }

    public void setDocumentCountry(String documentCountry) {
        this.documentCountry = documentCountry;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getOriginCountry() {
        return originCountry;
    }

    public void setOriginCountry(String originCountry) {
        this.originCountry = originCountry;
    }

    public Mineral getMineral() {
        return mineral;
    }

    public void setMineral(Mineral mineral) {
        this.mineral = mineral;
    }

    public BigDecimal getConcentration() {
        return concentration;
    }

    public void setConcentration(BigDecimal concentration) {
        this.concentration = concentration;
    }

    public String getBorderPost() {
        return borderPost;
    }

    public void setBorderPost(String borderPost) {
        this.borderPost = borderPost;
    }

    public LocalDate getCrossedOn() {
        return crossedOn;
    }

    public void setCrossedOn(LocalDate crossedOn) {
        this.crossedOn = crossedOn;
    }

    public BigDecimal getDocumentMassKg() {
        return documentMassKg;
    }

    public void setDocumentMassKg(BigDecimal documentMassKg) {
        this.documentMassKg = documentMassKg;
    }

    public BigDecimal getReceivedKg() {
        return receivedKg;
    }

    public void setReceivedKg(BigDecimal receivedKg) {
        this.receivedKg = receivedKg;
    }

    public boolean isSuspect() {
        return suspect;
    }

    public void setSuspect(boolean suspect) {
        this.suspect = suspect;
    }

    public String getSuspectReason() {
        return suspectReason;
    }

    public void setSuspectReason(String suspectReason) {
        this.suspectReason = suspectReason;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
