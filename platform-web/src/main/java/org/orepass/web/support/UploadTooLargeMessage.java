package org.orepass.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page an upload over the server's limit was sent back to ({@link PageUploadLimit}, {@code ?uploadTooLarge})
 * shows the size message by the file field of its form: every form object in the model with a {@link MultipartFile}
 * property gets the error {@code upload.file.too-large} on it, so the page needs no code of its own. A form without
 * a form object reads the message from the model attribute {@code uploadTooLarge} (the limit in MB).
 */
@Component
class UploadTooLargeMessage implements HandlerInterceptor {

    static final String CODE = "upload.file.too-large";

    private final long megabytes;

    UploadTooLargeMessage(@Value("${orepass.attachments.max-bytes:10485760}") long maxBytes) {
        this.megabytes = Math.max(1, maxBytes / (1024 * 1024));
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view == null || !"GET".equals(request.getMethod()) || request.getParameter(PageUploadLimit.PARAMETER) == null
                || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
            return;
        }
        var model = view.getModelMap();
        for (var entry : List.copyOf(model.entrySet())) {
            var form = entry.getValue();
            if (form == null || entry.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX)) {
                continue;
            }
            var property = fileProperty(form.getClass());
            if (property == null) {
                continue;
            }
            var key = BindingResult.MODEL_KEY_PREFIX + entry.getKey();
            var result = model.get(key) instanceof BindingResult existing ? existing
                    : new BeanPropertyBindingResult(form, entry.getKey());
            if (!result.hasFieldErrors(property)) {
                result.rejectValue(property, CODE, new Object[] {megabytes}, null);
            }
            model.put(key, result);
        }
        model.put(PageUploadLimit.PARAMETER, megabytes);
    }

    private static String fileProperty(Class<?> type) {
        if (!type.getName().startsWith("org.orepass.")) {
            return null;
        }
        for (var property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getReadMethod() != null && MultipartFile.class.isAssignableFrom(property.getPropertyType())) {
                return property.getName();
            }
        }
        return null;
    }
}
