package io.geowire.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The faster forms of {@link CalendarWords}' text passes (issue 13, xingest2) give what the forms they replaced
 * gave: the lower case, the opening lines and the latest anchor.
 */
class CalendarWordsSpeedTest {
    private final CalendarWords words = CalendarWords.get();

    @Test
    void shouldLowerCaseEveryCharAsStringDoesWhenLoweringCharByChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            // between letters, where sigma's final form and the dotted I's two chars would show
            String text = "Ab" + (char) c + "cD";
            assertThat(CalendarWords.lowerCase(text)).as("U+%04X", c).isEqualTo(text.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void shouldLowerCaseMixedTextAsStringDoesWhenItHoldsSigmaDottedIOrSurrogates() {
        Random random = new Random(13);
        String pool = "aZ Σσς İıI\u00dfÀé’—\ud835\udc00\ud800x\udc00ΣΟΦΟΣ Москва ДО 7.";
        for (int round = 0; round < 5_000; round++) {
            String text = randomText(random, pool, 30);
            assertThat(CalendarWords.lowerCase(text)).isEqualTo(text.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void shouldGiveTheLinesOfTheSplitWhenWalkingOnlyTheOpeningLines() {
        Random random = new Random(17);
        String pool = "ab \n\n\n\t\r\u2003\u00a0x";
        for (int round = 0; round < 5_000; round++) {
            // up to 200 lines, so the split's 64th piece (the rest of the text) is reached
            String text = randomText(random, pool, random.nextBoolean() ? 40 : 400);
            assertThat(CalendarWords.openingLines(text)).isEqualTo(openingLinesBySplit(text));
        }
        String many = "\n".repeat(63) + "\nfirst\nsecond";
        assertThat(CalendarWords.openingLines(many)).containsExactly("\nfirst\nsecond");
    }

    @Test
    void shouldFindTheSameLatestAnchorAsTheScansWhenReadingTheTextOnce() {
        Random random = new Random(19);
        String[] pool = {"war", "in", "Ukraine", "ukraine", "UKRAINE", "russia", "Russian-Ukrainian", "conflict",
            "the", "invasion", "of", "Crimea", "annexation", "COVID-19", "covid", "pandemic", "Brexit",
            "referendum", "October", "7", "attack", "Hamas", "on", "Israel", "georgia", "Russo-Georgian", "full-scale",
            "special", "military", "operation", "software", "warfare", "2war", "éwar", "Σwar", "war’s", "coronavirus",
            "offensive", "aggression", "against", "annexed", "invaded"};
        String[] gaps = {" ", "  ", "-", ", ", ".", "\n", "", "é", "3", "\u00a0"};
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pool[random.nextInt(pool.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            String t = text.toString();
            assertThat(words.latestAnchor(t)).as(t).isEqualTo(words.latestAnchorByScans(t));
            found += words.latestAnchor(t).isPresent() ? 1 : 0;
        }
        assertThat(found).as("texts that name an event").isGreaterThan(1_000);
    }

    /** {@link CalendarWords#openingLines} as first written. */
    private static java.util.List<String> openingLinesBySplit(String text) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String line : text.split("\n", 64)) {
            if (lines.size() == CalendarWords.DATELINE_LINES) {
                break;
            }
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String randomText(Random random, String pool, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append(pool.charAt(random.nextInt(pool.length())));
        }
        return text.toString();
    }
}
