package org.orepass.persistence.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bucketed selection finds what sorting finds: odd and even counts, ties, negatives, one bucket only. */
class DurationsTest {

    @Test
    void theMedianIsTheOneSortingGives() {
        var random = new Random(7);
        for (int round = 0; round < 500; round++) {
            int size = 1 + random.nextInt(round < 250 ? 12 : 5_000);
            var durations = new TallyCount.Durations(4);
            var copy = new double[size];
            for (int i = 0; i < size; i++) {
                double value = switch (round % 4) {
                    case 0 -> random.nextInt(5);                       // many ties
                    case 1 -> random.nextDouble() * 400 - 20;          // a few negative (clock skew)
                    case 2 -> 3.5 + random.nextDouble() * 1e-9;        // all in one bucket
                    default -> Math.exp(random.nextDouble() * 12);     // spread over many buckets
                };
                durations.add(value);
                copy[i] = value;
            }
            Arrays.sort(copy);
            double lower = copy[(size - 1) / 2];
            double expected = size % 2 == 1 ? lower : lower + (copy[size / 2] - lower) * 0.5;
            assertThat(durations.median()).as("round %d, %d values", round, size).isEqualTo(expected);
        }
        assertThat(new TallyCount.Durations(4).median()).isNull();
    }
}
