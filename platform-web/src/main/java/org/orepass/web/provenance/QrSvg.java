package org.orepass.web.provenance;

import io.nayuki.qrcodegen.QrCode;
import org.springframework.web.util.HtmlUtils;

/**
 * A QR code drawn as SVG on the server (issue 18): the module matrix from Nayuki's qrcodegen, one path of unit
 * squares, the quiet zone of four modules the standard asks for, and the code printed under it for typing.
 * Medium error correction: a printed label survives some dirt or a crease.
 */
final class QrSvg {

    private static final int QUIET_ZONE = 4;

    private QrSvg() {
    }

    static String of(String url, String caption) {
        var qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
        var size = qr.size + QUIET_ZONE * 2;
        var height = size + 4;
        var path = new StringBuilder(qr.size * qr.size * 4);
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + size + " " + height
                + "\" width=\"" + size * 4 + "\" height=\"" + height * 4 + "\" shape-rendering=\"crispEdges\""
                + " role=\"img\" aria-label=\"" + HtmlUtils.htmlEscape(url) + "\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/>"
                + "<text x=\"" + size / 2.0 + "\" y=\"" + (size + 1.5) + "\" text-anchor=\"middle\""
                + " font-family=\"monospace\" font-size=\"2.2\" textLength=\"" + (size - 4) + "\""
                + " lengthAdjust=\"spacingAndGlyphs\">" + HtmlUtils.htmlEscape(caption) + "</text></svg>";
    }

    /**
     * The same QR code as a PNG {@code data:} URI (four pixels a module, the quiet zone, no caption), for the PDFs
     * the server renders: their renderer draws no SVG.
     */
    static String pngDataUri(String url) {
        var qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
        int scale = 4;
        int size = (qr.size + QUIET_ZONE * 2) * scale;
        var image = new java.awt.image.BufferedImage(size, size, java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int mx = x / scale - QUIET_ZONE;
                int my = y / scale - QUIET_ZONE;
                image.setRGB(x, y, qr.getModule(mx, my) ? 0x000000 : 0xffffff);
            }
        }
        try (var out = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(image, "png", out);
            return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
