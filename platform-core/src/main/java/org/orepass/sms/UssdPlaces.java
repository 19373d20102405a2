package org.orepass.sms;

import java.util.List;

/**
 * The places a USSD menu offers: the divisions (provinces) of the programme's country, by name, and the
 * registered sites of a division that match what was typed. Short lists: a screen holds 160 characters.
 */
public interface UssdPlaces {

    /** A choice on a screen: a division's ISO 3166-2 code or a site's id, and the name shown. */
    record Place(String key, String name) {
    }

    List<Place> divisions(String country);

    /** At most {@code max} registered sites of the division whose names contain the typed words, by name. */
    List<Place> sites(String division, String typed, int max);
}
