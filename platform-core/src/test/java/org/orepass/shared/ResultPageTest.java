package org.orepass.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ResultPageTest {

    @Property
    void pagesCoverTheTotalExactly(@ForAll @IntRange(min = 1, max = 200) int size,
            @ForAll @LongRange(min = 0, max = 1_000_000) long total, @ForAll @IntRange(min = 0, max = 6000) int page) {
        var result = new ResultPage<>(List.of(), page, size, total);
        assertThat((long) result.totalPages() * size).isGreaterThanOrEqualTo(total);
        assertThat((long) (result.totalPages() - 1) * size).isLessThan(Math.max(total, 1));
        assertThat(result.hasNext()).isEqualTo(page + 1 < result.totalPages());
        assertThat(result.hasPrevious()).isEqualTo(page > 0);
    }

    @Property
    void pageQueriesAreAlwaysBounded(@ForAll int page, @ForAll int size) {
        var query = new PageQuery(page, size);
        assertThat(query.page()).isNotNegative();
        assertThat(query.size()).isBetween(1, PageQuery.MAX_SIZE);
    }
}
