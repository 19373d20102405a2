package org.orepass.web.producer;

import org.springframework.web.multipart.MultipartFile;

/** One evidence file for an answer; its type and size are checked by the domain, from its content. */
public class EvidenceForm {

    private MultipartFile file;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
