package io.geowire.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
    void shouldAcceptExactlyWhatTheReportingDecoderAcceptsWhenValidatingUtf8() {
        Random random = new Random(31);
        // bytes around every boundary of the well-formed table: leads, continuations, overlongs, surrogates, > U+10FFFF
        int[] pool = {0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1,
            0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf8, 0xfe, 0xff};
        int valid = 0;
        for (int round = 0; round < 200_000; round++) {
            byte[] bytes = new byte[random.nextInt(7)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) pool[random.nextInt(pool.length)];
            }
            String decoded = decodeReporting(bytes);
            assertThat(InputReader.validUtf8(bytes)).as("%s", java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(decoded != null);
            if (decoded != null) {
                valid++;
                assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(decoded);
                assertThat(InputReader.decode(bytes).text()).isEqualTo(decoded);
            }
        }
        assertThat(valid).isGreaterThan(10_000);
        byte[] text = "Plain, café, ‘quoted’ — Москва 𝐀".getBytes(StandardCharsets.UTF_8);
        assertThat(InputReader.validUtf8(text)).isTrue();
        assertThat(InputReader.decode(new byte[] {'a', (byte) 0xe9, 'b'}).charset()).isEqualTo("windows-1252");
    }

    /** The decoding {@link InputReader#decode} did for every input: null when it reports malformed input. */
    private static String decodeReporting(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
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
