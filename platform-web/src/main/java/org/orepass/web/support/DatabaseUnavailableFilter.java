package org.orepass.web.support;

import org.orepass.web.errors.JsonErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While PostgreSQL cannot be reached, every request gets a proper "temporarily unavailable" answer (503 with
 * {@code Retry-After}) instead of a failed error page (issue 15, faults). It sits in front of every other filter,
 * the session store's included, because with the database gone even the error page would fail (its session, its
 * security context). The page is plain HTML written here, in the visitor's language, needing nothing from the
 * database; the API gets its JSON error. Nothing else is needed to recover: the connection pool reconnects as
 * soon as the database is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    static final int RETRY_AFTER_SECONDS = 30;

    private final MessageSource messages;
    private final DataSource dataSource;

    DatabaseUnavailableFilter(MessageSource messages, DataSource dataSource) {
        this.messages = messages;
        this.dataSource = dataSource;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException e) {
            if (response.isCommitted() || !(isDatabaseUnreachable(e) || isDatabaseFailure(e) && !databaseAnswers())) {
                throw e;
            }
            LOG.warn("Database unreachable, answered 503 for {} {}: {}", request.getMethod(), JsonErrors.path(request),
                    e.getMessage());
            unavailable(request, response);
        }
    }

    /** Whether the failure is the database being out of reach (not a bad query or a refused rule). */
    static boolean isDatabaseUnreachable(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof java.net.ConnectException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true; // PostgreSQL's connection exceptions (class 08)
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** Any failure on the way to the database (a rollback on a connection that broke, say). */
    static boolean isDatabaseFailure(Throwable failure) {
        for (var cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException || cause instanceof org.springframework.dao.DataAccessException
                    || cause instanceof org.springframework.transaction.TransactionException
                    || cause.getClass().getName().startsWith("org.hibernate.")) {
                return true;
            }
        }
        return false;
    }

    /** Asks the database itself, when the failure does not say whether it is out of reach. */
    private boolean databaseAnswers() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (java.sql.SQLException | RuntimeException e) {
            return false;
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        var path = JsonErrors.path(request);
        if (JsonErrors.isApi(path)) {
            response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            JsonErrors.write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                    "The platform cannot reach its database at the moment. Try again in a minute.");
            return;
        }
        var locale = SupportedLanguages.of(request.getLocale());
        PlainPage.write(request, response, HttpStatus.SERVICE_UNAVAILABLE.value(), RETRY_AFTER_SECONDS, locale,
                messages.getMessage("error.503.title", null, locale), messages.getMessage("error.503.text", null, locale));
    }
}
