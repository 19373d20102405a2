package org.orepass.web.risk;

import org.springframework.web.multipart.MultipartFile;

/** An evidence file for an assessment, and the Annex II risk it supports (blank: the whole assessment). */
public class EvidenceForm {

    private MultipartFile file;
    private String risk;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public String getRisk() {
        return risk;
    }

    public void setRisk(String risk) {
        this.risk = risk;
    }
}
