package org.orepass.risk;

import java.util.List;

/** A CAHRA list file with bad lines: nothing was loaded; each error names its line. */
public class CahraLoadRefused extends RuntimeException {

    /** A bad line: its number (from 1), a message key and its arguments. */
    public record LineError(int line, String messageKey, Object... arguments) {
    }

    private final List<LineError> errors;

    public CahraLoadRefused(List<LineError> errors) {
        super(errors.size() + " bad lines in the CAHRA list file");
        this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
        return errors;
    }
}
