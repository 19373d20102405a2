package org.orepass.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of results with what a pager needs to draw itself. {@code estimated} says the total comes from the
 * database's statistics rather than a count (large unfiltered lists), and pages show it as "about".
 * {@code atLeast} says counting stopped at {@code total} (large filtered lists): there are more, and pages say
 * "more than".
 */
public record ResultPage<T>(List<T> items, int page, int size, long total, boolean estimated, boolean atLeast) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public ResultPage(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false, false);
    }

    public ResultPage(List<T> items, int page, int size, long total, boolean estimated) {
        this(items, page, size, total, estimated, false);
    }

    /** A page of a list counted only up to {@code counted} rows, of which there are more. */
    public static <T> ResultPage<T> atLeast(List<T> items, int page, int size, long counted) {
        return new ResultPage<>(items, page, size, counted, false, true);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(items.stream().<R>map(mapper).toList(), page, size, total, estimated, atLeast);
    }
}
