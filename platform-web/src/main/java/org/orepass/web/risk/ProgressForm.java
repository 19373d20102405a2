package org.orepass.web.risk;

/** A progress update on a mitigation plan. */
public class ProgressForm {

    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
