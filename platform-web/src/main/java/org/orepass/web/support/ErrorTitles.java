package org.orepass.web.support;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * After a failed submit the page title starts with "Error: " (issue 16, GOV.UK error pattern): a screen reader
 * says so first, and the browser's tab and history show it. Done once here, for every form page, rather than in
 * each template's title: when the model holds a form with errors, the text of {@code <title>} gets the prefix
 * {@code form.error.prefix} in the reader's language.
 */
@Component
class ErrorTitles extends AbstractDialect implements IPostProcessorDialect {

    ErrorTitles() {
        super("orepass-error-titles");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, Prefixing.class, 1000));
    }

    /** True when a form on the page came back with errors. */
    static boolean formHasErrors(Iterable<String> names, java.util.function.Function<String, Object> variable) {
        for (var name : names) {
            if (name.startsWith(BindingResult.MODEL_KEY_PREFIX) && variable.apply(name) instanceof BindingResult result
                    && result.hasErrors()) {
                return true;
            }
        }
        return false;
    }

    /** One per rendering: prefixes the first text inside {@code <title>}. */
    public static final class Prefixing extends AbstractTemplateHandler {

        private boolean inTitle;
        private boolean done;

        @Override
        public void handleOpenElement(IOpenElementTag tag) {
            if (!done && tag.getElementCompleteName().equalsIgnoreCase("title")) {
                inTitle = true;
            }
            super.handleOpenElement(tag);
        }

        @Override
        public void handleCloseElement(ICloseElementTag tag) {
            if (inTitle && tag.getElementCompleteName().equalsIgnoreCase("title")) {
                inTitle = false;
                done = true;
            }
            super.handleCloseElement(tag);
        }

        @Override
        public void handleText(IText text) {
            if (inTitle && !done && !text.getText().isBlank()) {
                done = true;
                var context = getContext();
                if (formHasErrors(context.getVariableNames(), context::getVariable)) {
                    var prefix = context.getMessage(ErrorTitles.class, "form.error.prefix", null, false);
                    if (prefix != null && !text.getText().startsWith(prefix)) {
                        super.handleText(context.getModelFactory().createText(prefix + " " + text.getText()));
                        return;
                    }
                }
            }
            super.handleText(text);
        }
    }
}
