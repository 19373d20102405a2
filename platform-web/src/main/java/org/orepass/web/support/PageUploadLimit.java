package org.orepass.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.orepass.web.errors.JsonErrors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload on a page over the server's multipart limit ({@code spring.servlet.multipart}, the largest upload of
 * any kind) goes back to the page its form is on, with {@code ?uploadTooLarge}; {@link UploadTooLargeMessage} puts
 * the size message by the form's file field (issue 15). Without this, Tomcat refuses the body as soon as anything
 * reads a parameter, and the first to do so is the CSRF filter: a bare error page. The body is not read when its
 * declared length is over the limit, so what else the form held cannot come back: the user chooses the file again
 * (a file over the form's own, smaller limit but within this one is refused by the domain, with every field kept).
 * Runs before Spring Security; it changes nothing and shows nothing but a redirect. The JSON APIs have their own
 * limit and answer with their error documents ({@link UploadLimits}); inspection files and site imports keep their
 * own filters, which run before this one.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 5)
class PageUploadLimit extends OncePerRequestFilter {

    static final String PARAMETER = "uploadTooLarge";

    private final long limit;

    PageUploadLimit(ObjectProvider<MultipartConfigElement> multipart) {
        var config = multipart.getIfAvailable();
        var fileLimit = config == null ? -1 : config.getMaxFileSize();
        var requestLimit = config == null ? -1 : config.getMaxRequestSize();
        this.limit = fileLimit <= 0 ? requestLimit : requestLimit <= 0 ? fileLimit : Math.min(fileLimit, requestLimit);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || JsonErrors.isApi(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean tooLarge = limit > 0 && request.getContentLengthLong() > limit;
        if (!tooLarge) {
            try {
                // A body without a declared length (chunked) meets the container's limit while it is read.
                request.getParts();
            } catch (IllegalStateException | IOException | ServletException e) {
                // Any other unreadable body goes on as before: the CSRF check refuses it.
                tooLarge = exceeds(e);
            }
        }
        if (tooLarge) {
            var back = back(request);
            response.sendRedirect(back + (back.contains("?") ? "&" : "?") + PARAMETER);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The page the form is on: the Referer on this site, else the upload's own address. */
    static String back(HttpServletRequest request) {
        var referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                var uri = URI.create(referer);
                var path = uri.getRawPath();
                if ((uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName()))
                        && path != null && path.startsWith("/") && !path.startsWith("//")) {
                    var query = uri.getRawQuery() == null ? "" : uri.getRawQuery()
                            .replaceAll("(^|&)" + PARAMETER + "(=[^&]*)?", "").replaceFirst("^&", "");
                    return path + (query.isEmpty() ? "" : "?" + query);
                }
            } catch (IllegalArgumentException malformed) {
                // the upload's own address
            }
        }
        return request.getRequestURI();
    }

    /** The container's size-limit refusals say that the file or request "exceeds" its maximum. */
    private static boolean exceeds(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("exceeds")) {
                return true;
            }
        }
        return false;
    }
}
