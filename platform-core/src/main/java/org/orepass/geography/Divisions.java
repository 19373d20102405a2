package org.orepass.geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ISO 3166-2 divisions (provinces, regions, counties, departments) of the programme countries with their
 * names, read once from {@code divisions.tsv}: what a screen offers when the reader cannot type a code.
 * Countries not listed have no list (their forms ask for the place to be typed).
 */
public final class Divisions {

    /** A division: its ISO 3166-2 code and its name as the country writes it. */
    public record Division(String code, String name) {
    }

    private static final Map<String, List<Division>> BY_COUNTRY = load();

    private Divisions() {
    }

    /** The divisions of a country in the order of their codes; empty when the country is not listed. */
    public static List<Division> of(String country) {
        return BY_COUNTRY.getOrDefault(country, List.of());
    }

    private static Map<String, List<Division>> load() {
        var byCountry = new LinkedHashMap<String, List<Division>>();
        try (var reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(Divisions.class.getResourceAsStream("divisions.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var parts = line.split("\t");
                byCountry.computeIfAbsent(parts[0].substring(0, 2), c -> new ArrayList<>())
                        .add(new Division(parts[0], parts[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byCountry.replaceAll((country, list) -> Collections.unmodifiableList(list));
        return Collections.unmodifiableMap(byCountry);
    }
}
