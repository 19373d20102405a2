package org.orepass.web.support;

import org.orepass.shared.StaleEditException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * What counts as "someone else changed this record": the form-version check ({@link StaleEditException}) and the
 * version conflict found when the change is written ({@code ObjectOptimisticLockingFailureException} and its
 * JPA and Hibernate originals, whichever reaches the web layer). One answer for all of them, given by
 * {@link StaleEditHandling} for pages and by {@code ApiProblems} / {@code IcglrErrors} for the APIs.
 */
public final class StaleEdits {

    // By name: the web layer compiles against neither JPA nor Hibernate (ArchitectureTest).
    private static final java.util.Set<String> HIBERNATE = java.util.Set.of("org.hibernate.StaleStateException",
            "org.hibernate.dialect.lock.OptimisticEntityLockException", "jakarta.persistence.OptimisticLockException");

    private StaleEdits() {
    }

    public static boolean isStale(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StaleEditException || cause instanceof OptimisticLockingFailureException
                    || isHibernate(cause.getClass())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The refused rule behind a failure: itself, or the one a commit wrapped (a text too long for its column is
     * refused while Hibernate flushes, which may happen only at commit).
     */
    public static org.orepass.shared.DomainRuleViolation refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.orepass.shared.DomainRuleViolation refused) {
                return refused;
            }
        }
        return null;
    }

    private static boolean isHibernate(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (HIBERNATE.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
