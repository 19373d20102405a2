package org.orepass.web.support;

import java.beans.PropertyEditorSupport;
import org.orepass.shared.Text;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a page binds (form fields and request parameters alike) loses its control characters at the door
 * ({@link Text#clean}: NUL, escape, DEL, ...; tab and line breaks stay), so the form shown again and the stored
 * record hold exactly the same visible text. Lengths are the forms' {@code @Size} and, for every column, the
 * persistence layer's {@code TextColumns}.
 */
@ControllerAdvice
class TextInput {

    @InitBinder
    void cleanText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(Text.clean(text));
            }

            @Override
            public String getAsText() {
                var value = getValue();
                return value == null ? "" : value.toString();
            }
        });
    }
}
