package org.orepass.shared;

/**
 * Someone else saved the record after the user opened it. We never overwrite their change silently: the user
 * sees what they typed and is asked to reload.
 */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String entity, Object id) {
        super(entity + " " + id + " was changed by someone else");
    }
}
