package org.orepass.web.support;

import org.orepass.geography.Divisions;
import org.springframework.stereotype.Component;

/**
 * A division's name for templates ({@code ${@divisionNames.name(code)}}): people read "Western", not "UG-W". The
 * names are the country's own ({@code geography.Divisions}); a code of a country without a list, or not in it, is
 * shown as it is, and an empty one stays empty.
 */
@Component("divisionNames")
public class DivisionNames {

    public String name(String code) {
        if (code == null || code.length() < 2) {
            return code;
        }
        return Divisions.of(code.substring(0, 2)).stream().filter(d -> d.code().equals(code))
                .map(Divisions.Division::name).findFirst().orElse(code);
    }
}
