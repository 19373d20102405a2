package org.orepass.web.attachment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.orepass.web.errors.JsonErrors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A request over the server's multipart limit fails before any controller runs (so no controller-bound advice
 * sees it). An attachment upload goes back to its form with the size message by the file field; anything else
 * gets the error page with 413 (API clients a JSON error with 413), never a stack trace.
 */
@ControllerAdvice
class UploadLimitAdvice {

    private static final Pattern UPLOAD = Pattern.compile(".*/sites/\\d+/inspections/\\d+/attachments");

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (JsonErrors.isApi(JsonErrors.path(request))) {
            // API clients get JSON (a problem, or the ICGLR Error); writing it here completes the response.
            JsonErrors.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
                    "The request is larger than the platform accepts.");
            return null;
        }
        var path = request.getRequestURI();
        if (UPLOAD.matcher(path).matches()) {
            RequestContextUtils.getOutputFlashMap(request).put(AttachmentController.TOO_LARGE_FLASH, true);
            return "redirect:" + path.substring(request.getContextPath().length()) + "/new";
        }
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        return "error";
    }
}
