package org.orepass.web.siteimport;

import org.springframework.web.multipart.MultipartFile;

/** The upload form: one CSV file. */
public class SiteImportForm {

    private MultipartFile file;

    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
}
