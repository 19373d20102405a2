package org.orepass.producer;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.orepass.producer.internal.CriteriaStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Criterion texts in the reader's language (docs/producer-criteria.md): French, Spanish or Swahili where the set
 * has them, English otherwise (and, for a text no row holds, the English the criterion itself carries).
 */
@Service
@Transactional(readOnly = true)
public class CriteriaTexts {

    private final CriteriaStore store;

    public CriteriaTexts(CriteriaStore store) {
        this.store = store;
    }

    /** The language texts are read in: the locale's if the sets may have it, else English. */
    public static String language(Locale locale) {
        var lang = locale == null ? "en" : locale.getLanguage();
        return CriteriaFile.LANGUAGES.contains(lang) ? lang : "en";
    }

    /** The texts of these sets, read once, for a reader of this language. */
    public Localised of(Collection<Long> setIds, String lang) {
        var texts = new HashMap<String, String>();
        for (var text : store.textsOf(setIds)) {
            texts.put(key(text.getSetId(), text.getSubject(), text.getCode(), text.getLevel(), text.getLang()),
                    text.getText());
        }
        return new Localised(texts, lang);
    }

    private static String key(Long setId, String subject, String code, String level, String lang) {
        return setId + "|" + subject + "|" + code + "|" + level + "|" + lang;
    }

    /** Texts of some sets in one language, English where that language has none. */
    public static final class Localised {

        private final Map<String, String> texts;
        private final String lang;

        Localised(Map<String, String> texts, String lang) {
            this.texts = texts;
            this.lang = lang;
        }

        private String find(Long setId, String subject, String code, String level) {
            var own = texts.get(key(setId, subject, code, level, lang));
            return own != null ? own : texts.get(key(setId, subject, code, level, "en"));
        }

        public String title(Criterion criterion) {
            var text = find(criterion.getSetId(), CriteriaText.CRITERION, criterion.getCode(), "");
            return text != null ? text : criterion.getTitle();
        }

        public String evidence(Criterion criterion, ProgressLevel level) {
            var text = find(criterion.getSetId(), CriteriaText.EVIDENCE, criterion.getCode(), level.name());
            return text != null ? text : criterion.evidenceFor(level);
        }

        /** What the level means on this criterion, if the set says (the sample set does not). */
        public String description(Criterion criterion, ProgressLevel level) {
            return find(criterion.getSetId(), CriteriaText.LEVEL, criterion.getCode(), level.name());
        }

        /** The module's title, or its number when the set has none. */
        public String module(Criterion criterion) {
            var text = find(criterion.getSetId(), CriteriaText.MODULE, criterion.getModuleNumber(), "");
            return text != null ? text : criterion.getModuleNumber();
        }

        public String setTitle(CriteriaSet set) {
            var text = find(set.getId(), CriteriaText.SET, "", "");
            return text != null ? text : set.getTitle();
        }

        public String source(CriteriaSet set) {
            var text = find(set.getId(), CriteriaText.SOURCE, "", "");
            return text != null ? text : set.getSource();
        }
    }
}
