package io.geowire.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Ingestion's faster passes (issue 13, xingest2) answer as the code they replaced did, on every character and on
 * random mixes of the characters that could tell them apart.
 */
class IngestHotPathsTest {

    @Test
    void shouldFindTheLongestRunAsCharacterDoesWhenPrintableAsciiTakesTheShortcut() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = "ab" + (char) c + "cd e";
            assertThat(ArticleAssembler.longestToken(text)).as("U+%04X", c).isEqualTo(longestTokenByCharacter(text));
        }
        Random random = new Random(23);
        String pool = "a Z\t\n\u000b\u001c\u001f\u00a0\u2003\u200b.é";
        for (int round = 0; round < 5_000; round++) {
            String text = randomText(random, pool, 60);
            assertThat(ArticleAssembler.longestToken(text)).isEqualTo(longestTokenByCharacter(text));
        }
    }

    @Test
    void shouldHashTheNormalFormsUtf8WhenWritingItWithoutTheString() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = "A " + (char) c + "\tb";
            assertThat(Fingerprints.contentHash(text)).as("U+%04X", c)
                    .isEqualTo(Fingerprints.sha256Hex(Fingerprints.normalise(text)));
        }
        Random random = new Random(29);
        String pool = "aZ \t\n\r\u000b\u001c.,'\"-éÀÿßÞ×÷‘’“”–—0\u00a0ﬁＡ";
        for (int round = 0; round < 5_000; round++) {
            String text = randomText(random, pool, 40);
            assertThat(Fingerprints.contentHash(text)).isEqualTo(Fingerprints.sha256Hex(Fingerprints.normalise(text)));
        }
    }

    @Test
    void shouldCallALineBlankAsIsBlankDoesWhenReadingItInPlace() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = "x" + (char) c + " y";
            assertThat(TextParser.blank(text, new TextParser.Line(1, 3))).as("U+%04X", c)
                    .isEqualTo(text.substring(1, 3).isBlank());
        }
        // a surrogate pair (no supplementary code point is whitespace) and lone halves
        String text = " \ud835\udc00 \ud800 \udc00 ";
        for (int start = 0; start < text.length(); start++) {
            for (int end = start; end <= text.length(); end++) {
                assertThat(TextParser.blank(text, new TextParser.Line(start, end)))
                        .isEqualTo(text.substring(start, end).isBlank());
            }
        }
    }

    @Test
    void shouldGiveTheSameSketchWhenComputingOneHashFunctionAtATime() {
        Random random = new Random(37);
        for (int round = 0; round < 2_000; round++) {
            long[] shingles = new long[random.nextInt(round < 20 ? 3 : 600)];
            for (int k = 0; k < shingles.length; k++) {
                // values that wrap when advanced (near 2^63 and 2^64), zero and repeats among them
                shingles[k] = switch (random.nextInt(4)) {
                    case 0 -> 0L;
                    case 1 -> Long.MAX_VALUE - random.nextInt(1000);
                    case 2 -> -1L - random.nextInt(1000);
                    default -> random.nextLong();
                };
            }
            assertThat(Fingerprints.minHash(shingles)).isEqualTo(Fingerprints.minHashByShingle(shingles));
        }
    }

    /** {@link ArticleAssembler#longestToken} as first written. */
    private static int longestTokenByCharacter(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0') {
                run = 0;
            } else if (++run > longest) {
                longest = run;
            }
        }
        return longest;
    }

    private static String randomText(Random random, String pool, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append(pool.charAt(random.nextInt(pool.length())));
        }
        return text.toString();
    }
}
