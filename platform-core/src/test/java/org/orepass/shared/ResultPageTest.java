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

    @net.jqwik.api.Example
    void aCountThatStoppedEarlyStillLeadsToTheNextPage() {
        var page = ResultPage.atLeast(java.util.List.of("a"), 39, 25, 1000);
        assertThat(page.atLeast()).isTrue();
        assertThat(page.estimated()).isFalse();
        assertThat(page.hasNext()).as("page 40 of more than 1,000 rows").isFalse();
        assertThat(ResultPage.atLeast(java.util.List.of("a"), 10, 25, 1000).hasNext()).isTrue();
        assertThat(page.map(String::length).atLeast()).as("kept by map").isTrue();
    }
}
