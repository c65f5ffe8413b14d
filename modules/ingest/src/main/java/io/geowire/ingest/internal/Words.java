package io.geowire.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            boolean letter = i < text.length() && isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    /** {@link Character#isLetter(char)}, answered without a table look-up for ASCII. */
    static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
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
        double[] density = densities(words);
        int best = best(density);
        return density[best] >= minDensity ? Lexicon.LANGUAGES.get(best) : null;
    }

    /**
     * {@link #guessLanguage(List, double)} from the {@link #stopwordHits} of the words and their number.
     */
    public static String guessLanguage(int[] hits, int wordCount, double minDensity) {
        double[] density = densities(hits, wordCount);
        int best = best(density);
        return density[best] >= minDensity ? Lexicon.LANGUAGES.get(best) : null;
    }

    /** The language whose function words cover most of the text: cheap, and good enough to pick a stopword list. */
    public static String guessLanguage(List<String> words) {
        return Lexicon.LANGUAGES.get(best(densities(words)));
    }

    /** The first language with the highest density. */
    private static int best(double[] density) {
        int best = Lexicon.LANGUAGES.indexOf("en");
        double bestScore = -1;
        for (int i = 0; i < density.length; i++) {
            if (density[i] > bestScore) {
                best = i;
                bestScore = density[i];
            }
        }
        return best;
    }

    /**
     * {@link #stopwordDensity} of the words for every language of {@link Lexicon#LANGUAGES}, in that order, from
     * one look-up per word rather than one per word and language.
     */
    private static double[] densities(List<String> words) {
        return densities(stopwordHits(words), words.size());
    }

    private static double[] densities(int[] hits, int wordCount) {
        double[] density = new double[hits.length];
        for (int i = 0; i < hits.length; i++) {
            density[i] = wordCount == 0 ? 0 : (double) hits[i] / wordCount;
        }
        return density;
    }

    /** For each language of {@link Lexicon#LANGUAGES}, in that order, how many of the words are its stopwords. */
    public static int[] stopwordHits(List<String> words) {
        int[] hits = new int[Lexicon.LANGUAGES.size()];
        Lexicon lexicon = Lexicon.get();
        for (String w : words) {
            for (int mask = lexicon.stopwordLanguages(w); mask != 0; mask &= mask - 1) {
                hits[Integer.numberOfTrailingZeros(mask)]++;
            }
        }
        return hits;
    }
}
