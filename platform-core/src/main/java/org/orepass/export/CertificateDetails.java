package org.orepass.export;

import java.time.LocalDate;

/**
 * What the inspector fills in on the ICGLR certificate: the issuing authority, who verified the papers (name,
 * position, optional id, date), who countersigns it, and the last day it is valid.
 */
public record CertificateDetails(String issuingAuthority, String verifierName, String verifierPosition,
        String verifierId, LocalDate verifiedOn, String validatorName, LocalDate expiresOn) {
}
