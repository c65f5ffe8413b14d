package io.geowire.cli;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.bench.ExtractBenchmark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The corpus {@code bench e2e} runs on: plain-text news-like articles on disk, a given share of them topical (the
 * extract benchmark's articles: event sentences among filler) and the rest about nothing the extractor looks for.
 * Every article is different (a serial number in its first line), so ingestion sees no duplicates.
 */
final class E2eCorpus {

    /**
     * Words of the filler sentences. Ingestion takes articles whose stopword shingles overlap much for spun copies
     * of one another, so filler made of a few fixed sentences would make most articles "duplicates"; sentences of
     * words drawn at random (stopwords among them) keep every article its own.
     */
    private static final String[] WORDS = {"council", "farmers", "harvest", "library", "students", "museum",
        "weather", "bakery", "river", "school", "theatre", "festival", "market", "bridge", "hospital", "tourists",
        "village", "company", "workers", "prices", "season", "concert", "garden", "station", "teachers", "report",
        "opened", "planted", "discussed", "reported", "announced", "visited", "repaired", "painted", "expected",
        "new", "old", "local", "quiet", "busy", "early", "late", "small", "large", "green", "rainy", "sunny"};
    private static final String[] STOPWORDS = {"the", "a", "of", "in", "on", "and", "to", "for", "with", "at", "by",
        "from", "that", "this", "was", "were", "is", "are", "it", "its", "their", "after", "before", "during"};

    private E2eCorpus() {
    }

    /** Writes {@code count} articles into {@code folder}/{@code part}; returns the bytes written. */
    static long write(Path folder, int count, double topicalShare, long seed, int firstIndex) throws IOException {
        Files.createDirectories(folder);
        Random rnd = new Random(seed);
        // half size: each topical paragraph is followed by one of filler
        List<ArticleInput> topical = ExtractBenchmark.generate((long) count * 4_096, seed);
        long bytes = 0;
        int nextTopical = 0;
        for (int i = 0; i < count; i++) {
            boolean isTopical = rnd.nextDouble() < topicalShare && nextTopical < topical.size();
            String body = isTopical ? topical(topical.get(nextTopical++).text(), rnd) : unrelated(rnd);
            String text = "Bench article " + (firstIndex + i) + "\n\n" + body;
            byte[] data = text.getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(String.format(Locale.ROOT, "a%06d.txt", firstIndex + i)), data);
            bytes += data.length;
        }
        return bytes;
    }

    /** Appends paragraphs of filler to {@code file} until it holds at least {@code minBytes} (bench live --size). */
    static void padTo(Path file, int minBytes, long seed) throws IOException {
        long size = Files.size(file);
        Random rnd = new Random(seed);
        StringBuilder b = new StringBuilder();
        while (size + b.length() < minBytes) {
            b.append('\n');
            for (int s = 0; s < 4; s++) {
                b.append(fillerSentence(rnd)).append(' ');
            }
        }
        Files.writeString(file, b, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    /** 2 to 8 KB of sentences about nothing geopolitical, in paragraphs of four. */
    private static String unrelated(Random rnd) {
        StringBuilder b = new StringBuilder();
        int size = 2_048 + rnd.nextInt(6_144);
        while (b.length() < size) {
            for (int s = 0; s < 4; s++) {
                b.append(fillerSentence(rnd)).append(' ');
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** Topical text: the extract benchmark's paragraphs, each followed by a paragraph of filler. */
    private static String topical(String eventText, Random rnd) {
        StringBuilder b = new StringBuilder();
        for (String paragraph : eventText.split("\n")) {
            b.append(paragraph).append('\n');
            for (int s = 0; s < 4; s++) {
                b.append(fillerSentence(rnd)).append(' ');
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String fillerSentence(Random rnd) {
        StringBuilder b = new StringBuilder();
        int words = 10 + rnd.nextInt(10);
        for (int w = 0; w < words; w++) {
            String[] pool = rnd.nextInt(5) < 2 ? STOPWORDS : WORDS;
            String word = pool[rnd.nextInt(pool.length)];
            b.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return b.append('.').toString();
    }
}
