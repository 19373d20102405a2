package org.orepass.web.icglr;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.orepass.site.Mineral;

/**
 * Reading the standard's codes as other implementations write them. Minerals (MDC.03) come as HS codes (primary,
 * written with or without dots: 2609.00.00, 2609.00, 260900) or IMA codes (the standard's list: IMA1960-A gold,
 * IMA1960-001 cassiterite, IMA2000-014 wolframite, IMA1979-A columbite-tantalite); the platform stores and serves
 * the HS code. Identifiers are compared without regard to case, and a space in an identifier that cannot hold one
 * is the {@code +} of a query string sent unencoded.
 */
final class IcglrCodes {

    /** The IMA codes the standard gives the designated minerals (core/common.json, MineralCode). */
    static final Map<String, Mineral> IMA = Map.of("IMA1960-A", Mineral.GOLD, "IMA1960-001", Mineral.CASSITERITE,
            "IMA2000-014", Mineral.WOLFRAMITE, "IMA1979-A", Mineral.COLTAN);

    static final String MINERAL_CODES = "an HS code (2609.00.00) or IMA code (IMA1960-001) of a mineral the platform"
            + " traces: 7108.12.00 or IMA1960-A, 2616.90.00, 2609.00.00 or IMA1960-001, 2611.00.00 or IMA2000-014,"
            + " 2615.90.00 or IMA1979-A";

    private IcglrCodes() {
    }

    /** The mineral an HS or IMA code names; {@code names} also allows the platform's own names (list filters). */
    static Optional<Mineral> mineral(String code, boolean names) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        var text = code.strip().toUpperCase(Locale.ROOT);
        if (IMA.containsKey(text)) {
            return Optional.of(IMA.get(text));
        }
        var digits = text.replace(".", "").replace(" ", "");
        if (digits.length() >= 6 && digits.chars().allMatch(Character::isDigit)) {
            return Arrays.stream(Mineral.values())
                    .filter(m -> m.hsCode().replace(".", "").startsWith(digits)).findFirst();
        }
        return names ? Arrays.stream(Mineral.values()).filter(m -> m.name().equals(text)).findFirst()
                : Optional.empty();
    }

    /** An identifier as stored: capitals, and the {@code +} a query string turned into a space put back. */
    static String identifier(String text) {
        return text == null ? null : text.strip().replace(' ', '+').toUpperCase(Locale.ROOT);
    }
}
