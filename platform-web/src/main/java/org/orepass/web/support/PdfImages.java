package org.orepass.web.support;

import java.util.Optional;
import org.orepass.account.Actor;

/**
 * Images for the PDFs the server renders from a page's template (the export certificate): the renderer fetches
 * nothing, so an {@code <img>} whose address a feature serves is put in the document as a {@code data:} URI by the
 * feature that serves it (issue 18: the certificate's verification QR code, drawn by provenance, named by export's
 * template by its address only). Each source checks the reader's access as its address does.
 */
public interface PdfImages {

    /** The image and the text to print under it, or empty when this source does not serve the address. */
    Optional<Image> image(String src, Actor actor);

    /** A {@code data:} URI (PNG) and a line of text printed under the image (null for none). */
    record Image(String dataUri, String text) {
    }
}
