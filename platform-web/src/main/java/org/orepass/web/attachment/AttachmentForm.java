package org.orepass.web.attachment;

import org.springframework.web.multipart.MultipartFile;

/** The upload form: one file. Its type and size are checked by the domain, from its content. */
public class AttachmentForm {

    private MultipartFile file;

    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
}
