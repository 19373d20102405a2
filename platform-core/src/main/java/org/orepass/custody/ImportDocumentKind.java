package org.orepass.custody;

/**
 * What an import crossed the border with (docs/borders.md): the ICGLR certificate of an ICGLR member state (MD.03),
 * or, from a country outside the ICGLR (Colombia, Zimbabwe, Indonesia...), that country's own export document.
 */
public enum ImportDocumentKind {
    ICGLR_CERTIFICATE,
    EXPORT_DOCUMENT
}
