package io.geowire.streams.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word overlap between two evidence texts: the overlap coefficient |A n B| / min(|A|, |B|) of their
 * content words (lower-cased, at least 3 letters, no function words, a trailing plural "s" dropped).
 * The overlap coefficient, not Jaccard, because one source often quotes only part of another's sentence.
 */
final class Similarity {

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "and", "for", "that", "this", "with", "from", "was", "were", "are", "has", "have", "had",
            "its", "his", "her", "their", "they", "them", "not", "but", "will", "would", "could", "should",
            "been", "being", "which", "who", "whom", "also", "than", "then", "there", "into", "onto", "over",
            "said", "says", "such", "any", "all", "one", "about", "after", "before", "while", "other", "our",
            "out", "what", "when", "where", "why", "how", "can", "may", "might", "does", "did");

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Similarity() {
    }

    public static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        if (text == null) {
            return words;
        }
        for (String raw : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (raw.length() < 3 || FUNCTION_WORDS.contains(raw)) {
                continue;
            }
            words.add(raw.length() > 4 && raw.endsWith("s") && !raw.endsWith("ss")
                    ? raw.substring(0, raw.length() - 1) : raw);
        }
        return words;
    }

    /** Overlap coefficient in [0, 1]; 0 when either text has no content words. */
    public static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String word : small) {
            if (large.contains(word)) {
                shared++;
            }
        }
        return (double) shared / small.size();
    }

    public static double overlap(String a, String b) {
        return overlap(words(a), words(b));
    }
}
