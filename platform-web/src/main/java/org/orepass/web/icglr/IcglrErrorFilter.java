package org.orepass.web.icglr;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sits in front of everything else on {@code /api/icglr/v1/**} (the security filters included) so that no answer of
 * the ICGLR API is a Spring or Tomcat page: an error sent by the framework ({@code sendError}: 404 for an unknown
 * path, 405, the firewall's 400) becomes the standard's Error document, an exception nobody handled becomes a 500
 * Error document, and a body larger than {@code orepass.icglr.max-body-bytes} is refused with 413 before it is read.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20)
class IcglrErrorFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(IcglrErrorFilter.class);

    private final long maxBodyBytes;

    IcglrErrorFilter(@Value("${orepass.icglr.max-body-bytes:2097152}") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + IcglrSecurity.API + "/")
                && !request.getRequestURI().equals(request.getContextPath() + IcglrSecurity.API);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            IcglrErrorDocument.write(response, 413, "PAYLOAD_TOO_LARGE", IcglrErrorDocument.message(413),
                    List.of(new IcglrProblem("", "at most " + maxBodyBytes + " bytes")));
            return;
        }
        var answer = new ErrorDocumentResponse(response);
        try {
            chain.doFilter(new LimitedRequest(request, maxBodyBytes), answer);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            LOG.error("ICGLR API request {} {} failed", request.getMethod(), request.getRequestURI(), failure);
            IcglrErrorDocument.write(response, 500);
        }
    }

    /** The framework's {@code sendError} answers with the Error document instead of an error page. */
    private static final class ErrorDocumentResponse extends HttpServletResponseWrapper {

        ErrorDocumentResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            sendError(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            if (isCommitted()) {
                super.sendError(status);
                return;
            }
            IcglrErrorDocument.write((HttpServletResponse) getResponse(), status);
        }
    }

    /** A body sent without a length (chunked) is cut off at the same limit. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                var in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        var b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        var n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLarge(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }

    /** Thrown while the body is read past the limit; {@link IcglrErrors} answers 413. */
    static final class BodyTooLarge extends IOException {

        private final long limit;

        BodyTooLarge(long limit) {
            super("request body larger than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }
}
