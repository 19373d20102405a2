package org.orepass.web.alert;

import java.util.ArrayList;
import java.util.List;

/** The choices form of {@code /alerts}: the kinds wanted by e-mail, the language, the version shown. */
public class AlertForm {

    private List<String> kinds = new ArrayList<>();
    private String language;
    private long version = -1;

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : kinds;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
