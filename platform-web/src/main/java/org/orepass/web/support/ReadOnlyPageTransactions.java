package org.orepass.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * One read-only transaction around a {@link ReadOnlyPage} request, its rendering included (issue 15, the site page's
 * cost). The site page's controller and the fragments it includes (proposals, open reviews, each inspection's
 * files) each began and ended a transaction of their own: four connections taken from the pool, four BEGIN/COMMIT
 * pairs. Here the query services join the page's transaction. It is always rolled back: the page writes nothing,
 * and ending a read-only transaction either way costs the same.
 */
@Component
class ReadOnlyPageTransactions implements HandlerInterceptor {

    private static final String STATUS = ReadOnlyPageTransactions.class.getName() + ".status";
    private static final DefaultTransactionDefinition READ_ONLY = readOnly();

    private final PlatformTransactionManager transactions;
    /** Per controller method, whether it is a read-only page (one entry per method, looked up once). */
    private final Map<Method, Boolean> readOnlyPages = new ConcurrentHashMap<>();

    ReadOnlyPageTransactions(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && "GET".equals(request.getMethod())
                && readOnlyPages.computeIfAbsent(method.getMethod(),
                        each -> AnnotatedElementUtils.hasAnnotation(each, ReadOnlyPage.class))) {
            request.setAttribute(STATUS, transactions.getTransaction(READ_ONLY));
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (request.getAttribute(STATUS) instanceof TransactionStatus status && !status.isCompleted()) {
            request.removeAttribute(STATUS);
            transactions.rollback(status);
        }
    }

    private static DefaultTransactionDefinition readOnly() {
        var definition = new DefaultTransactionDefinition();
        definition.setReadOnly(true);
        definition.setName("read-only page");
        return definition;
    }
}
