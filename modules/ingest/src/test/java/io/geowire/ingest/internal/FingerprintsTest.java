package io.geowire.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

    @Test
    void shouldKeepEachValueOnceWhereItFirstOccursWhenRemovingRepeats() {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            long[] values = new long[random.nextInt(300)];
            for (int i = 0; i < values.length; i++) {
                // few distinct values, zero among them, so that repeats and the table's empty mark are exercised
                values[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(50) * 0x9E3779B97F4A7C15L;
            }
            assertThat(Fingerprints.distinct(values)).containsExactly(Arrays.stream(values).distinct().toArray());
        }
    }
}
