package io.geowire.producer;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a dead letter's free-text reason into a short kind fit for a metric tag: its leading words before any
 * detail ("corrupt gzip: ..." -> {@code corrupt_gzip}, "line 7: empty file" -> {@code empty_file}). A reason
 * carries file names, sizes and exception messages, and a tag per distinct text would make a series per input;
 * the kinds are few, and after {@link #MAX_KINDS} of them anything new is counted as {@code other}.
 */
final class DeadLetterReasons {

    static final int MAX_KINDS = 40;
    static final String OTHER = "other";
    private static final int MAX_WORDS = 4;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    String kind(String reason) {
        String kind = leadingWords(reason);
        if (seen.contains(kind)) {
            return kind;
        }
        synchronized (seen) {
            if (seen.size() >= MAX_KINDS) {
                return OTHER;
            }
            seen.add(kind);
            return kind;
        }
    }

    /** The reason's first words, lower case, up to the first detail (a colon, bracket or number). */
    static String leadingWords(String reason) {
        if (reason == null || reason.isBlank()) {
            return "unknown";
        }
        // "line 12: ..." says where in a file, not why
        String text = reason.strip().toLowerCase(Locale.ROOT).replaceFirst("^line \\d+:\\s*", "");
        StringBuilder kind = new StringBuilder();
        int words = 0;
        for (String word : text.split("\\s+")) {
            String letters = word.replaceAll("[^a-z]", "");
            boolean detailFollows = word.endsWith(":") || word.contains("(");
            if (letters.isEmpty() || word.matches(".*\\d.*") || words == MAX_WORDS) {
                break;
            }
            kind.append(kind.isEmpty() ? "" : "_").append(letters);
            words++;
            if (detailFollows) {
                break;
            }
        }
        return kind.isEmpty() ? "unknown" : kind.toString();
    }
}
