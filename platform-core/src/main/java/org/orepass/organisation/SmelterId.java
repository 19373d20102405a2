package org.orepass.organisation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.orepass.shared.DomainRuleViolation;

/**
 * A smelter's or refiner's identifier in the Responsible Minerals Initiative's Smelter Reference List (the "CID",
 * for example {@code CID001070}): the letters CID and six digits. The CMRT's smelter list names a smelter by it, so
 * it is a type, not a string, and one identifier belongs to one organisation.
 */
public record SmelterId(String value) {

    private static final Pattern FORMAT = Pattern.compile("^CID\\d{6}$");

    public SmelterId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not an RMI smelter identifier: " + value);
        }
    }

    public static SmelterId of(String value) {
        return new SmelterId(value);
    }

    /** An identifier as typed (any case, spaces around); null when empty. Refused for {@code field}: {@code smelter.id.format}. */
    public static SmelterId typed(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var upper = value.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(upper).matches()) {
            throw new DomainRuleViolation(field, "smelter.id.format");
        }
        return new SmelterId(upper);
    }

    @Override
    public String toString() {
        return value;
    }

    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<SmelterId, String> {
        @Override
        public String convertToDatabaseColumn(SmelterId id) {
            return id == null ? null : id.value;
        }

        @Override
        public SmelterId convertToEntityAttribute(String value) {
            return value == null ? null : new SmelterId(value);
        }
    }
}
