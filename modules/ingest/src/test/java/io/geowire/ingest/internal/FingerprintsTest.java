package io.geowire.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    @Test
    void shouldNeedNoNfkcPassAndLowerCaseCharByCharWhenEveryCharacterIsInTheFastPath() {
        List<Character> fast = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Fingerprints.inFastPath((char) c)) {
                fast.add((char) c);
            }
        }
        assertThat(fast).hasSizeGreaterThan(190);
        for (char c : fast) {
            String one = String.valueOf(c);
            assertThat(one.toLowerCase(Locale.ROOT)).isEqualTo(String.valueOf(Character.toLowerCase(c)));
            for (char d : fast) {
                // no pair composes or decomposes, so no text of these characters does
                assertThat(Normalizer.isNormalized(one + d, Normalizer.Form.NFKC)).as("U+%04X U+%04X", (int) c, (int) d)
                        .isTrue();
            }
        }
    }

    @Test
    void shouldNormaliseAsTheFullPassesDoWhenTakingTheFastPath() {
        Random random = new Random(5);
        String pool = "aZ \t\n\r\u000b\u001c.,'\"-éÀÿßÞ‘’“”–—0";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(pool.charAt(random.nextInt(pool.length())));
            }
            String t = text.toString();
            assertThat(Fingerprints.normaliseFastPath(t)).isEqualTo(Fingerprints.normaliseAnyText(t));
            assertThat(Fingerprints.normalise(t)).isEqualTo(Fingerprints.normaliseAnyText(t));
        }
        // outside the fast path: NFKC folds the ligature and the full-width letter
        assertThat(Fingerprints.normaliseFastPath("ﬁne")).isNull();
        assertThat(Fingerprints.normalise("ﬁne ＡB\u00a0c")).isEqualTo("fine ab c");
    }
}
