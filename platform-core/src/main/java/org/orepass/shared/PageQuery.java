package org.orepass.shared;

/**
 * A page of a list, as users ask for it: zero-based page number and page size. Sizes are capped so that no
 * request can ask a slow phone (or the database) for an unbounded list.
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    public PageQuery {
        page = Math.max(0, page);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static PageQuery first() {
        return new PageQuery(0, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}
