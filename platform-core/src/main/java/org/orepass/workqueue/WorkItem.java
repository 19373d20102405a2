package org.orepass.workqueue;

/**
 * One line of a home page's work queue: what waits ({@code kind}, a message key suffix), how many (with
 * {@code atLeast} when the count stopped at a limit) and the list that shows them.
 */
public record WorkItem(String kind, long count, boolean atLeast, String link) {
}
