package org.orepass.export.internal;

/** Serial numbers of export certificates, one sequence per issuing country and year (a port). */
public interface CertificateSerials {

    /** The next number, handed out atomically: two certificates issued at once never share one. */
    int next(String country, int year);
}
