package org.orepass.web.siteimport;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over the limit (spring.servlet.multipart, 5 MB) is refused before any controller runs, so no
 * controller-bound advice sees it: this one turns it into the upload page with its message instead of a 500.
 * The CSRF token travels in the form's URL too, so the too-large request still passes the CSRF check.
 */
@ControllerAdvice
class SiteImportUploadLimit {

    static final int MAX_MB = 5;

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, MaxUploadSizeExceededException e) throws MaxUploadSizeExceededException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/sites/import")) {
            throw e;
        }
        return "redirect:/sites/import?error=" + SiteImportController.TOO_LARGE;
    }
}
