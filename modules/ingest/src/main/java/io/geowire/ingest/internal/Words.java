package io.geowire.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Tokenising helpers shared by cleaning, language guessing and fingerprints. */
public final class Words {
    private Words() {
    }

    /** Lower-case letter runs; apostrophes split words ("doesn't" gives "doesn", "t"), which is fine for counting. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    public static double stopwordDensity(List<String> words, Set<String> stopwords) {
        if (words.isEmpty()) {
            return 0;
        }
        long hits = words.stream().filter(stopwords::contains).count();
        return (double) hits / words.size();
    }

    /**
     * The language whose function words cover most of the text: cheap, and good enough to pick a stopword list.
     * Null when no list covers even {@code minDensity} of the words (a language without a list here).
     */
    public static String guessLanguage(List<String> words, double minDensity) {
        String best = guessLanguage(words);
        return stopwordDensity(words, Lexicon.get().stopwords(best)) >= minDensity ? best : null;
    }

    /** The language whose function words cover most of the text: cheap, and good enough to pick a stopword list. */
    public static String guessLanguage(List<String> words) {
        String best = "en";
        double bestScore = -1;
        for (Map.Entry<String, Set<String>> e : Lexicon.get().allStopwords().entrySet()) {
            double score = stopwordDensity(words, e.getValue());
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return best;
    }
}
