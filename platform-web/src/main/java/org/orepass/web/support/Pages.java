package org.orepass.web.support;

import org.orepass.shared.PageQuery;

/** Reads the pager's {@code page} and {@code size} request parameters safely. */
public final class Pages {

    private Pages() {
    }

    public static PageQuery of(Integer page, Integer size) {
        return new PageQuery(page == null ? 0 : page, size == null ? PageQuery.DEFAULT_SIZE : size);
    }
}
