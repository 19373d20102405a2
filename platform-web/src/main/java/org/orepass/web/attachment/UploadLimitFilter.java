package org.orepass.web.attachment;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload larger than the server's multipart limit fails as soon as anything reads a form field, which the
 * CSRF check does before any controller runs: the user would see a bare error page. This filter runs first and
 * sends such an upload back to its form, which shows the size message by the file field. The request is
 * answered from its declared length, so the file is never read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class UploadLimitFilter extends OncePerRequestFilter {

    private static final Pattern UPLOAD = Pattern.compile("/sites/\\d+/inspections/\\d+/attachments");
    static final String TOO_LARGE_PARAMETER = "tooLarge";

    private final long limit;

    UploadLimitFilter(ObjectProvider<MultipartConfigElement> multipart) {
        var config = multipart.getIfAvailable();
        var fileLimit = config == null ? -1 : config.getMaxFileSize();
        var requestLimit = config == null ? -1 : config.getMaxRequestSize();
        this.limit = positiveMin(fileLimit, requestLimit);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return limit <= 0 || !"POST".equals(request.getMethod())
                || !UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            response.sendRedirect(request.getRequestURI() + "/new?" + TOO_LARGE_PARAMETER);
            return;
        }
        chain.doFilter(request, response);
    }

    private static long positiveMin(long a, long b) {
        if (a <= 0) {
            return b;
        }
        return b <= 0 ? a : Math.min(a, b);
    }
}
