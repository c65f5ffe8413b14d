package io.geowire.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Writes small made-up news articles as text files, for tests that must go through ingestion and extraction: each
 * has a dated header, a sanctions or stance paragraph, a route paragraph and a line of words no other article
 * uses (so articles differ). Actors, routes, causes and dates rotate, so the events vary. The text is kept short
 * in function words: near-duplicate detection compares stopword shingles, and templated prose with many of them
 * would be flagged as spun copies of each other.
 */
final class TextCorpus {

    private static final String[] STATES = {"Kazakhstan", "Uzbekistan", "Azerbaijan", "Kyrgyzstan"};
    private static final String[] PARTNERS = {"Turkey", "China", "the European Union", "Iran"};
    private static final String[] ROUTES = {"the Caspian Pipeline Consortium", "the Baku-Tbilisi-Ceyhan pipeline",
        "the Druzhba pipeline"};
    private static final String[] CAUSES = {"after a storm damaged moorings", "after a drone attack on a pumping station",
        "after a court ordered an inspection", "because of a technical fault"};

    private TextCorpus() {
    }

    static Path write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        for (int n = 0; n < count; n++) {
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "article-%05d.txt", n)), article(n));
        }
        return dir;
    }

    static String article(int n) {
        String state = STATES[n % STATES.length];
        LocalDate published = LocalDate.of(2023, 1, 1).plusDays(n % 300);
        // a made-up name in every paragraph: paragraphs repeated across articles are removed as boilerplate
        String name = "Qz" + Integer.toString(n + 70_000, 36);
        String first = n % 2 == 0
                ? state + " will not help Russia circumvent Western sanctions, deputy minister " + name + " said."
                : state + " and " + PARTNERS[n % PARTNERS.length] + " signed a strategic partnership agreement, "
                        + name + " reported.";
        String route = "Exports through " + ROUTES[n % ROUTES.length] + " were suspended "
                + CAUSES[n % CAUSES.length] + ", operator spokesman " + name + " said.";
        StringBuilder unique = new StringBuilder("Archive note");
        for (int w = 0; w < 12; w++) {
            unique.append(' ').append("qz").append(Integer.toString(n * 12 + w + 50_000, 36));
        }
        return "Regional brief " + n + "\nPublished: " + published + "\n\n" + first + "\n\n" + route + "\n\n"
                + unique + ".\n";
    }
}
