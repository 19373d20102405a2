package org.orepass.web.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page (GET) whose controller and fragments only read: the whole request, rendering included, runs in one
 * read-only transaction ({@link ReadOnlyPageTransactions}) instead of one per query service the page calls. Put it
 * only on handlers that write nothing: a write in it fails (PostgreSQL refuses it in a read-only transaction).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadOnlyPage {
}
