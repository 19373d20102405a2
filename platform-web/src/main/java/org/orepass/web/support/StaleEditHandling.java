package org.orepass.web.support;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Someone else changed this record" on every page form, from one place (issue 15). A version conflict may come
 * from the form-version check ({@code StaleEditException}) or only when the transaction commits
 * ({@code ObjectOptimisticLockingFailureException}); a controller need not catch either.
 *
 * <ol>
 * <li>A page handler that binds a form ({@link BindingResult} among its arguments) and fails with a conflict is
 * called once more with the same arguments and the error {@code edit.stale} on its binding result. Handlers
 * here start with {@code if (!result.hasErrors())}, so the second call skips the change and shows the form again
 * with what the user typed and the message, exactly as when the controller catches the conflict itself. As a
 * safeguard, that second call may not begin a read-write transaction (a handler that would change something
 * again is stopped before it does, and the next step answers).</li>
 * <li>Any other page request that fails with a conflict (a button without a form object, or the second call
 * above failing) goes back to the page it came from (its Referer on this site, else the path itself) with the
 * same message as a flash notice.</li>
 * </ol>
 * The same two steps serve a refused rule that a controller did not catch, or that surfaced only at commit
 * wrapped in a transaction exception (a text longer than its column, found while Hibernate flushes): the form is
 * shown again with the error next to the field; without a form, the 400 page ({@code RefusedInputAdvice}).
 * JSON answers are {@code ApiProblems}' (409 problem) and {@code IcglrErrors}' (409 Error document).
 */
@Configuration(proxyBeanMethods = false)
class StaleEditHandling {

    private static final Logger LOG = LoggerFactory.getLogger(StaleEditHandling.class);
    private static final ThreadLocal<Boolean> RESHOWING = new ThreadLocal<>();

    @Bean
    WebMvcRegistrations staleEditReshowing() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new RequestMappingHandlerAdapter() {
                    @Override
                    protected ServletInvocableHandlerMethod createInvocableHandlerMethod(HandlerMethod handler) {
                        return new Reshowing(handler);
                    }
                };
            }

            /** Spring Boot takes a single {@code WebMvcRegistrations}: the handler lookup's shortcut is here too. */
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new FirstSegmentMappings.Mapping();
            }
        };
    }

    /** Stops the second call of a handler from writing anything: it may only read to show the form again. */
    @Bean
    ReadOnlyReshow readOnlyReshow(ObjectProvider<ConfigurableTransactionManager> managers) {
        var guard = new ReadOnlyReshow();
        managers.orderedStream().forEach(manager -> manager.addListener(guard));
        return guard;
    }

    static final class ReadOnlyReshow implements TransactionExecutionListener {
        @Override
        public void beforeBegin(TransactionExecution transaction) {
            if (Boolean.TRUE.equals(RESHOWING.get()) && !transaction.isReadOnly()) {
                throw new IllegalStateException("A form shown again after a conflict may not change anything");
            }
        }
    }

    private static final class Reshowing extends ServletInvocableHandlerMethod {

        Reshowing(HandlerMethod handler) {
            super(handler);
        }

        @Override
        protected Object doInvoke(Object... args) throws Exception {
            try {
                return super.doInvoke(args);
            } catch (Exception failure) {
                var result = formResult(args);
                var refused = StaleEdits.refusal(failure);
                var stale = refused == null && StaleEdits.isStale(failure);
                if (result == null || (refused == null && !stale) || !isPagePost()) {
                    throw refused != null && refused != failure ? refused : failure;
                }
                if (stale) {
                    Forms.rejectStale(result);
                } else {
                    Forms.reject(result, refused);
                }
                RESHOWING.set(Boolean.TRUE);
                try {
                    return super.doInvoke(args);
                } catch (Exception again) {
                    LOG.debug("Could not show the form again after a refusal; going back to the page", again);
                    throw refused != null ? refused : failure;
                } finally {
                    RESHOWING.remove();
                }
            }
        }

        private BindingResult formResult(Object[] args) {
            if (args == null || AnnotatedElementUtils.hasAnnotation(getBeanType(), ResponseBody.class)
                    || hasMethodAnnotation(ResponseBody.class)) {
                return null;
            }
            for (Object arg : args) {
                if (arg instanceof BindingResult result) {
                    return result;
                }
            }
            return null;
        }

        private static boolean isPagePost() {
            return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                    && "POST".equals(attributes.getRequest().getMethod());
        }
    }

    /** The page's answer when the form cannot be shown again: back to where the user was, with the message. */
    @ControllerAdvice(annotations = Controller.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    static class StaleEditAdvice {

        @ExceptionHandler({org.orepass.shared.StaleEditException.class,
            org.springframework.dao.OptimisticLockingFailureException.class})
        String stale(HttpServletRequest request, RedirectAttributes redirect) {
            redirect.addFlashAttribute("flashError", Forms.STALE);
            return "redirect:" + backTo(request);
        }

        static String backTo(HttpServletRequest request) {
            var referer = request.getHeader("Referer");
            if (referer != null) {
                try {
                    var uri = URI.create(referer);
                    if (uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName())) {
                        var path = uri.getRawPath();
                        if (path != null && path.startsWith("/") && !path.startsWith("//")) {
                            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                        }
                    }
                } catch (IllegalArgumentException malformed) {
                    // fall through to the path itself
                }
            }
            var path = request.getRequestURI().substring(request.getContextPath().length());
            return path.isEmpty() ? "/" : path;
        }
    }
}
