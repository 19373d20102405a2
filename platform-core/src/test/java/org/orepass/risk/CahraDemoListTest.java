package org.orepass.risk;

import org.orepass.risk.internal.CahraAreas;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Demo mode's example CAHRA list goes only into an empty list, marked as demo data. */
class CahraDemoListTest {

    /** The list in memory: enough of the port for the seeding. */
    private static final class InMemory implements CahraAreas {
        final List<CahraArea> areas = new ArrayList<>();

        @Override
        public CahraArea add(CahraArea area) {
            areas.add(area);
            return area;
        }

        @Override
        public Optional<CahraArea> findById(Long id) {
            return Optional.empty();
        }

        @Override
        public void remove(CahraArea area) {
            areas.remove(area);
        }

        @Override
        public List<CahraArea> listed() {
            return List.copyOf(areas);
        }

        @Override
        public boolean listedAlready(String country, String division) {
            return areas.stream().anyMatch(a -> a.covers(country, division));
        }

        @Override
        public void removeAll(List<CahraArea> removed) {
            areas.removeAll(removed);
        }
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void anEmptyListGetsTheEasternDrcProvincesMarkedAsDemoAndAListWithEntriesIsLeftAlone() {
        var store = new InMemory();
        var list = new CahraList(store, CLOCK);
        assertThat(list.seedDemoList()).isEqualTo(6);
        assertThat(store.areas).allSatisfy(area -> {
            assertThat(area.isDemo()).isTrue();
            assertThat(area.getCountry()).isEqualTo("CD");
            assertThat(area.getSource()).isEqualTo(CahraList.DEMO_SOURCE);
        });
        assertThat(store.areas).extracting(CahraArea::getDivision)
                .containsExactly("CD-NK", "CD-SK", "CD-IT", "CD-MA", "CD-TA", "CD-HK");
        assertThat(list.seedDemoList()).isZero();
        assertThat(store.areas).hasSize(6);
    }
}
