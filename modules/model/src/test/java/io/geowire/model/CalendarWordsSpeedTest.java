package io.geowire.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CalendarWords#openingLines} without splitting the whole text (issue 13, xingest2) gives what the split gave;
 * {@link CalendarWords#latestAnchor} with first words searched for by shared keys (xingest3) what one search per word
 * gave.
 */
class CalendarWordsSpeedTest {
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
    void shouldFindTheAnchorOneSearchPerWordFoundWhenWordsShareTheirSearches() {
        CalendarWords words = CalendarWords.get();
        // the anchors' words, words that share their first letters ("russ", "inva", "annex", "ukrain") without being
        // first words, capitals, a dotted capital I (two chars in lower case), digits and the separators phrases allow
        String[] pool = {"russia", "Russian", "russo", "Russ", "georgian", "war", "WAR", "in", "on", "of", "with",
            "georgia", "ukraine", "Ukrainian", "ukrainia", "conflict", "crimea", "annexed", "annexation", "annex",
            "invasion", "invaded", "invader", "full", "scale", "special", "military", "operation", "covid", "19",
            "pandemic", "coronavirus", "brexit", "referendum", "october", "7", "attack", "hamas", "israel", "offensive",
            "aggression", "against", "İ", "x", "warsaw"};
        String[] gaps = {" ", "-", "  ", ", ", "\n", "", "\t- "};
        Random random = new Random(19);
        int found = 0;
        for (int round = 0; round < 30_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                text.append(pool[random.nextInt(pool.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            java.util.Optional<java.time.LocalDate> expected = words.latestAnchorWordByWord(text.toString());
            assertThat(words.latestAnchor(text.toString())).as(text.toString()).isEqualTo(expected);
            found += expected.isPresent() ? 1 : 0;
        }
        assertThat(found).isBetween(1_000, 29_000);
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
