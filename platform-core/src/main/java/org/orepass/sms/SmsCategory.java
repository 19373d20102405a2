package org.orepass.sms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What can be reported from a basic phone: nine choices, numbered as the help message and the USSD menu list
 * them, each tied to an entry of the incident taxonomy (its code) and to the words people use for it in Swahili,
 * French and English. The words were chosen for plain speech ("watoto", "enfants", "children"), not the
 * taxonomy's names; a verifier can still move the incident to a finer category.
 */
public enum SmsCategory {
    CHILDREN("CHILDREN_AT_SITE", "watoto mtoto", "enfant enfants", "child children kids"),
    FORCED_WORK("FORCED_LABOUR", "kulazimishwa utumwa lazima", "force travail esclavage", "forced slave slavery"),
    ARMED_GROUP("ARMED_GROUPS", "silaha waasi wanamgambo", "arme armes armee rebelles milice", "armed army rebels militia gun guns"),
    SOLDIERS_POLICE("SECURITY_FORCES", "askari wanajeshi jeshi polisi", "militaire militaires soldat soldats police",
            "soldier soldiers police security"),
    VIOLENCE("SEXUAL_VIOLENCE", "ubakaji ukatili mateso kupigwa", "viol violence torture abus", "rape violence torture abuse beating"),
    BRIBE("BRIBERY_FRAUD", "rushwa hongo magendo udanganyifu", "corruption fraude contrebande", "bribe bribery fraud smuggling"),
    ILLEGAL_TAX("ILLEGAL_TAXATION", "ushuru kodi kizuizi", "taxe taxes barriere barrage", "tax taxes roadblock"),
    ACCIDENT("HEALTH_SAFETY", "ajali jeraha kuporomoka mafuriko", "accident blessure eboulement inondation",
            "accident injury collapse flood"),
    MERCURY_POLLUTION("ENVIRONMENT", "zebaki uchafuzi mazingira", "mercure pollution environnement", "mercury pollution environment");

    private static final Map<String, SmsCategory> WORDS = new HashMap<>();

    static {
        for (var category : values()) {
            for (var words : List.of(category.swahili, category.french, category.english)) {
                for (var word : words.split(" ")) {
                    var previous = WORDS.put(SmsWords.plain(word), category);
                    if (previous != null && previous != category) {
                        throw new IllegalStateException(word + " names two SMS categories");
                    }
                }
            }
        }
    }

    private final String incidentCategoryCode;
    private final String swahili;
    private final String french;
    private final String english;

    SmsCategory(String incidentCategoryCode, String swahili, String french, String english) {
        this.incidentCategoryCode = incidentCategoryCode;
        this.swahili = swahili;
        this.french = french;
        this.english = english;
    }

    /** The code of the incident category a report of this kind is filed under. */
    public String incidentCategoryCode() {
        return incidentCategoryCode;
    }

    /** Its number in the help message and the USSD menu, from 1. */
    public int number() {
        return ordinal() + 1;
    }

    /** The category a word or a menu number names, spelling slips allowed. */
    public static Optional<SmsCategory> named(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        var plain = word.strip();
        if (plain.matches("[1-9]")) {
            return Optional.of(values()[Integer.parseInt(plain) - 1]);
        }
        return Optional.ofNullable(SmsWords.closest(plain, WORDS));
    }
}
