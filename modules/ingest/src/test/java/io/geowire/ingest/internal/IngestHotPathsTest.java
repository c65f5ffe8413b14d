package io.geowire.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.Ingestor;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Ingestion's faster passes (issue 13, xingest2 and xingest3) answer as the code they replaced did, on every character
 * and on random mixes of the characters that could tell them apart.
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

    @Test
    void shouldDecodeAsTheStrictDecoderDoesWhenStringsOwnDecoderGoesFirst() {
        // valid sequences of one to four bytes, U+FFFD itself, a byte-order mark, and bytes that are not UTF-8: a
        // lone continuation byte, a truncated sequence, an overlong NUL, an encoded surrogate, bytes above F4
        byte[][] pieces = {bytes("a"), bytes("Z "), bytes("\n"), bytes("é"), bytes("–"), bytes("\ufffd"),
            bytes("\ufeff"), bytes("😀"), bytes("Ж"), {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x80},
            {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF5}, {(byte) 0xFF}};
        Random random = new Random(41);
        int malformed = 0;
        for (int round = 0; round < 20_000; round++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = random.nextInt(30); i > 0; i--) {
                // mostly valid text, so that inputs of both kinds are many
                byte[] piece = pieces[random.nextInt(round % 2 == 0 ? 9 : pieces.length)];
                out.write(piece, 0, piece.length);
            }
            byte[] input = out.toByteArray();
            String strict = InputReader.utf8Strict(input);
            assertThat(InputReader.utf8(input)).isEqualTo(strict);
            malformed += strict == null ? 1 : 0;
        }
        assertThat(malformed).isBetween(2_000, 18_000);
    }

    @Test
    void shouldTallyTheLanguageSampleAsTheSampleItselfWhenJoiningTheParagraphsTallies() {
        String[] words = {"the", "and", "of", "il", "che", "der", "und", "le", "de", "a", "Pipeline", "gas", "Ölpreis",
            "мир", "x1", "2024", "don't", "\ud835\udc00", "é", "—", "|", "Home", ",", "."};
        Random random = new Random(43);
        int english = 0;
        for (int round = 0; round < 5_000; round++) {
            List<Block> kept = new ArrayList<>();
            List<Words.Tally> tallies = new ArrayList<>();
            StringBuilder cleaned = new StringBuilder();
            for (int p = 1 + random.nextInt(6); p > 0; p--) {
                StringBuilder paragraph = new StringBuilder();
                for (int w = 1 + random.nextInt(120); w > 0; w--) {
                    // English function words are the commonest, so that the shortcut says yes as well as no
                    String word = words[random.nextInt(random.nextInt(3) == 0 ? 3 : words.length)];
                    paragraph.append(paragraph.length() == 0 ? "" : random.nextInt(8) == 0 ? "  " : " ").append(word);
                }
                kept.add(Block.text(paragraph.toString(), -1));
                tallies.add(Words.tally(paragraph.toString()));
                cleaned.append(cleaned.length() == 0 ? "" : "\n\n").append(paragraph);
            }
            ContentCleaner.Result clean = new ContentCleaner.Result(kept, List.of(), "en", List.of(), tallies);
            int sampleChars = 1 + random.nextInt(1_200);
            String sample = cleaned.length() > sampleChars ? cleaned.substring(0, sampleChars) : cleaned.toString();
            Words.Tally joined = ArticleAssembler.sampleWords(clean, sampleChars);
            Words.Tally whole = Words.tally(sample);
            assertThat(joined.words()).isEqualTo(whole.words());
            assertThat(joined.hits()).isEqualTo(whole.hits());
            for (int language = 0; language < Lexicon.LANGUAGES.size(); language++) {
                assertThat(joined.stopwordsSoFar(language)).isEqualTo(whole.stopwordsSoFar(language));
            }
            boolean shortcut = LanguageGuesser.clearlyEnglish(sample);
            assertThat(LanguageGuesser.clearlyEnglish(sample, joined)).as(sample).isEqualTo(shortcut);
            english += shortcut ? 1 : 0;
        }
        assertThat(english).isBetween(100, 4_900);
    }

    @Test
    void shouldKeepTheTallyOfEachKeptParagraphWhenCleaning() {
        String good = "The ministry said that the pipeline would stay closed until the end of the month, and that "
                + "the talks with the neighbours on the new contract were still going on in the capital this week.";
        List<Block> blocks = List.of(Block.text("Home | News | Contact", 0), Block.text(good, 30),
                Block.text("Share", 300), Block.text(good.replace("month", "year"), 320), Block.text(good, 600));
        ContentCleaner.Result clean = new ContentCleaner().clean(blocks);
        assertThat(clean.kept()).hasSize(2);
        assertThat(clean.keptWords()).hasSameSizeAs(clean.kept());
        for (int i = 0; i < clean.kept().size(); i++) {
            Words.Tally expected = Words.tally(clean.kept().get(i).text());
            assertThat(clean.keptWords().get(i).words()).isEqualTo(expected.words());
            assertThat(clean.keptWords().get(i).stopwordsSoFar(0)).isEqualTo(expected.stopwordsSoFar(0));
        }
    }

    @Test
    void shouldSplitLinesAsTheCharacterWalkDidWhenSearchingForNewlines() {
        Random random = new Random(47);
        String pool = "ab \n\n\r\r\n\ufeffx";
        for (int round = 0; round < 10_000; round++) {
            String text = (round % 3 == 0 ? "\ufeff" : "") + randomText(random, pool, 50);
            assertThat(TextParser.lines(text)).as(text).isEqualTo(linesByChar(text));
        }
    }

    /** {@link TextParser#lines} as first written, character by character. */
    private static List<TextParser.Line> linesByChar(String s) {
        List<TextParser.Line> out = new ArrayList<>();
        int start = s.startsWith("\uFEFF") ? 1 : 0;
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                int end = i > start && s.charAt(i - 1) == '\r' ? i - 1 : i;
                out.add(new TextParser.Line(start, end));
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(new TextParser.Line(start, s.length()));
        }
        return out;
    }

    @Test
    void shouldDropAParagraphOnlyWhenARunPassesTheLimitWhenShortParagraphsAreNotCounted() {
        // a paragraph no longer than the limit is not counted (its runs cannot pass it); one character more is
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        int limit = IngestOptions.defaults().limits().maxTokenChars();
        // kept as text (a language without a stopword list here is judged by length alone)
        assertThat(ingestor.ingestText("a.txt", "x".repeat(limit)).text()).isEqualTo("x".repeat(limit));
        assertThat(ingestor.ingestText("b.txt", "y".repeat(limit) + " " + "y".repeat(limit)).text())
                .hasSize(2 * limit + 1);
        assertThat(ingestor.ingestText("c.txt", "z".repeat(limit + 1)).reason())
                .endsWith("dropped text with a run of " + (limit + 1) + " characters without whitespace (limit "
                        + limit + ")");
    }

    @Test
    void shouldEstimateAsWithEveryWorldEventWhenEventsBeforeTheLatestNamedYearAreNotLookedFor() {
        // events of 2008-2023, years before, between and after them, yearless dates, future and target years
        String[] pool = {"the war in Georgia", "the annexation of Crimea", "the Brexit referendum",
            "the covid pandemic", "the invasion of Ukraine", "the October 7 attack", "in 2007", "in 2014",
            "since 2016", "in 2022", "in 2023", "in 2024", "on March 3, 2025", "in May 2026", "on 12 July",
            "in early March", "by 2030", "will reopen in 2027", "Vision 2030", "2020-2030", "on December 30, 2023",
            "in November", "Officials said", "the talks went on", "prices rose"};
        Random random = new Random(53);
        int lifted = 0;
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(pool[random.nextInt(pool.length)]).append(random.nextBoolean() ? ". " : " ");
            }
            java.util.Optional<java.time.LocalDate> everyEvent = DateEstimator.latestMentioned(text.toString(), false);
            assertThat(DateEstimator.latestMentioned(text.toString(), true)).as(text.toString())
                    .isEqualTo(everyEvent);
            lifted += everyEvent.isPresent() ? 1 : 0;
        }
        assertThat(lifted).isBetween(1_000, 4_990);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
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
