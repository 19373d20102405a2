package org.orepass.web.provenance;

import java.util.Optional;
import java.util.regex.Pattern;
import org.orepass.account.Actor;
import org.orepass.provenance.Passports;
import org.orepass.web.support.PdfImages;
import org.springframework.stereotype.Component;

/**
 * The verification QR codes of the signed-in pages as images for the server's PDFs (issue 18: the export
 * certificate's PDF): the same code, address and access check as {@link PassportQrController}, drawn as PNG
 * ({@link QrSvg#png}) since the PDF renderer draws no SVG; the grouped code is printed under it.
 */
@Component
class QrPdfImages implements PdfImages {

    private static final Pattern CERTIFICATE = Pattern.compile(".*/passport/exports/(\\d+)/certificate/qr\\.svg");
    private static final Pattern SHIPMENT = Pattern.compile(".*/passport/exports/(\\d+)/qr\\.svg");

    private final Passports passports;
    private final VerifyController verify;

    QrPdfImages(Passports passports, VerifyController verify) {
        this.passports = passports;
        this.verify = verify;
    }

    @Override
    public Optional<Image> image(String src, Actor actor) {
        if (src == null) {
            return Optional.empty();
        }
        Optional<String> code;
        var certificate = CERTIFICATE.matcher(src);
        var shipment = SHIPMENT.matcher(src);
        if (certificate.matches()) {
            code = passports.codeOfShipment(actor, Long.parseLong(certificate.group(1)), true);
        } else if (shipment.matches()) {
            code = passports.codeOfShipment(actor, Long.parseLong(shipment.group(1)), false);
        } else {
            return Optional.empty();
        }
        return code.map(found -> new Image(QrSvg.pngDataUri(verify.url(found)), Passports.grouped(found)));
    }
}
