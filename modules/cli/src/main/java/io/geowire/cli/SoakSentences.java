package io.geowire.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sentences soak articles are mixed from: every sentence-shaped piece of the text files in the given corpus
 * folders, in sorted path order (so a seed gives the same output for the same folders). Header lines (titles, date
 * lines, URLs) do not end like sentences and are left out.
 */
final class SoakSentences {

    /** A sentence ends at . ! ? (optionally followed by a closing quote) before white space and a capital or quote. */
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?][\"'\u201d\u2019]?)\\s+(?=[\"'\u201c\u2018A-Z])");
    private static final int MIN_CHARS = 30;
    private static final int MAX_CHARS = 600;
    private static final int MIN_WORDS = 6;

    private SoakSentences() {
    }

    /** The sentences of the {@code .txt} files under {@code folders}; fails when there are none. */
    static List<String> from(List<Path> folders) {
        List<String> sentences = new ArrayList<>();
        for (Path folder : folders) {
            textFiles(folder).forEach(file -> sentences.addAll(of(read(file))));
        }
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no sentences found in " + folders);
        }
        return List.copyOf(sentences);
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\\R\\s*\\R")) {
            for (String sentence : BOUNDARY.split(paragraph.strip().replaceAll("\\s*\\R\\s*", " "))) {
                if (isSentence(sentence)) {
                    out.add(sentence);
                }
            }
        }
        return out;
    }

    private static boolean isSentence(String s) {
        return s.length() >= MIN_CHARS && s.length() <= MAX_CHARS && s.matches("(?s).*[.!?][\"'\u201d\u2019]?")
                && s.split("\\s+").length >= MIN_WORDS && !s.startsWith("http");
    }

    private static List<Path> textFiles(Path folder) {
        if (Files.isRegularFile(folder)) {
            return List.of(folder);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
