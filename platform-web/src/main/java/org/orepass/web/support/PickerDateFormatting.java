package org.orepass.web.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;

/**
 * Dates marked {@code @DateTimeFormat(iso = DATE)} (every date field and filter of the pages) are printed in ISO,
 * as a date box needs, and read in ISO or in the order the label shows ({@link DateInputs}): a phone whose browser
 * has no date picker shows a plain text box, and its owner types the date as the label says. Registered after
 * Spring's own factory, so it is the one used for {@code LocalDate}.
 */
final class PickerDateFormatting implements AnnotationFormatterFactory<DateTimeFormat> {

    private final Jsr310DateTimeFormatAnnotationFormatterFactory standard =
            new Jsr310DateTimeFormatAnnotationFormatterFactory();

    @Override
    public Set<Class<?>> getFieldTypes() {
        return Set.of(LocalDate.class);
    }

    @Override
    public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
        return standard.getPrinter(annotation, fieldType);
    }

    @Override
    public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
        if (annotation.iso() != DateTimeFormat.ISO.DATE) {
            return standard.getParser(annotation, fieldType);
        }
        return (text, locale) -> DateInputs.parse(text, DateInputs.browserLocale())
                .orElseThrow(() -> new DateTimeParseException("Not a date", text, 0));
    }
}
