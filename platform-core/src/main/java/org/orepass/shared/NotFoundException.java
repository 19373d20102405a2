package org.orepass.shared;

/** The record asked for does not exist (or the user may not know it exists). Shown as a 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
    }
}
