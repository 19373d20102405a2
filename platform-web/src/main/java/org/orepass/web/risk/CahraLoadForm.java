package org.orepass.web.risk;

import org.springframework.web.multipart.MultipartFile;

/** A CAHRA list file to load (field names apart from the add form's, as both are on one page), with the source that publishes it and the date of that edition. */
public class CahraLoadForm {

    private MultipartFile file;
    private String loadSource;
    private String loadListedOn;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public String getLoadSource() {
        return loadSource;
    }

    public void setLoadSource(String loadSource) {
        this.loadSource = loadSource;
    }

    public String getLoadListedOn() {
        return loadListedOn;
    }

    public void setLoadListedOn(String loadListedOn) {
        this.loadListedOn = loadListedOn;
    }
}
