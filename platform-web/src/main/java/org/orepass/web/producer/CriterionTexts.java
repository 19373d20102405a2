package org.orepass.web.producer;

import org.orepass.producer.CriteriaSet;
import org.orepass.producer.CriteriaTexts;
import org.orepass.producer.Criterion;
import org.orepass.producer.ProducerProgress;
import org.orepass.producer.ProgressLevel;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Criterion texts in the reader's language for templates ({@code ${@criterionTexts.title(c)}}): each set's texts
 * are read once per request and language, English where the reader's language has none.
 */
@Component("criterionTexts")
class CriterionTexts {

    private final CriteriaTexts texts;
    private final ProducerProgress progress;

    CriterionTexts(CriteriaTexts texts, ProducerProgress progress) {
        this.texts = texts;
        this.progress = progress;
    }

    /**
     * A criterion named by its id (a buyer's red flag, {@code risk.RedFlags}): its code and title in the reader's
     * language. Any other text (a criterion since removed, a detail written before ids were used) is shown as it is.
     */
    public String named(String criterionId) {
        if (criterionId == null || !criterionId.matches("[0-9]{1,18}")) {
            return criterionId;
        }
        return progress.criterion(Long.valueOf(criterionId)).map(c -> c.getCode() + " " + title(c))
                .orElse(criterionId);
    }

    public String title(Criterion criterion) {
        return of(criterion.getSetId()).title(criterion);
    }

    public String evidence(Criterion criterion, ProgressLevel level) {
        return of(criterion.getSetId()).evidence(criterion, level);
    }

    public String description(Criterion criterion, ProgressLevel level) {
        return of(criterion.getSetId()).description(criterion, level);
    }

    public String module(Criterion criterion) {
        return of(criterion.getSetId()).module(criterion);
    }

    public String setTitle(CriteriaSet set) {
        return of(set.getId()).setTitle(set);
    }

    public String source(CriteriaSet set) {
        return of(set.getId()).source(set);
    }

    private CriteriaTexts.Localised of(Long setId) {
        var lang = CriteriaTexts.language(LocaleContextHolder.getLocale());
        var request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return texts.of(java.util.List.of(setId), lang);
        }
        var key = CriterionTexts.class.getName() + "|" + setId + "|" + lang;
        var cached = (CriteriaTexts.Localised) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (cached == null) {
            cached = texts.of(java.util.List.of(setId), lang);
            request.setAttribute(key, cached, RequestAttributes.SCOPE_REQUEST);
        }
        return cached;
    }
}
