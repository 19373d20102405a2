package org.orepass.web.export;

import org.springframework.web.multipart.MultipartFile;

/** One document of a shipment; its type and size are checked by the domain, from its content. */
public class DocumentForm {

    private MultipartFile file;

    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
}
