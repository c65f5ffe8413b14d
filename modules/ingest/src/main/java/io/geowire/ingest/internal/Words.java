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

    /** How many words {@link #of} finds, without making them. */
    public static int count(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = isLetter(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    /**
     * The words of {@link #of} as counting and fingerprints need them: how many, and which are stopwords of which
     * languages. A word is looked up from the text's characters where its lower case is that of each character
     * (see {@link #lowerOneToOne}): no string is made for it, and the stopwords come out as the lexicon's own
     * strings. Other words are made and looked up as {@link #stopwordHits} does.
     */
    public static Tally tally(String text) {
        Lexicon lexicon = Lexicon.get();
        Tally tally = new Tally();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            int hash = 0;
            boolean oneToOne = true;
            for (; i < n && isLetter(c = text.charAt(i)); i++) {
                char lower = lowerOneToOne(c);
                oneToOne &= lower != 0;
                hash = 31 * hash + lower;
            }
            int index = tally.words++;
            // the slot gives the stopword and its languages at once (a map look-up per stopword was a tenth of this)
            int slot = oneToOne ? lexicon.stopwordSlotAt(text, start, i, hash)
                    : lexicon.stopwordSlot(text.substring(start, i).toLowerCase(Locale.ROOT));
            if (slot >= 0) {
                tally.add(index, lexicon.languagesIn(slot), lexicon.stopwordIn(slot));
            }
        }
        return tally;
    }

    /**
     * The lower case {@code String.toLowerCase(Locale.ROOT)} gives a letter alone and in any word, for ASCII,
     * Latin-1 and Cyrillic letters (WordsTest checks each); 0 for other letters, whose words are lower-cased whole.
     */
    static char lowerOneToOne(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c >= '\u00c0' && c <= '\u00ff' || c >= '\u0400' && c <= '\u04ff' ? Character.toLowerCase(c) : 0;
    }

    /** What {@link #tally} found: the number of words and, in text order, the stopwords with their languages. */
    public static final class Tally {
        private int words;
        private int stopwords;
        private int[] positions = new int[16];
        private int[] languages = new int[16];
        private String[] spellings = new String[16];

        private void add(int position, int languageBits, String spelling) {
            if (stopwords == positions.length) {
                positions = java.util.Arrays.copyOf(positions, stopwords * 2);
                languages = java.util.Arrays.copyOf(languages, stopwords * 2);
                spellings = java.util.Arrays.copyOf(spellings, stopwords * 2);
            }
            positions[stopwords] = position;
            languages[stopwords] = languageBits;
            spellings[stopwords] = spelling;
            stopwords++;
        }

        /**
         * The tally of the texts of {@code parts} joined by characters that are not letters (the cleaned text's
         * blank lines): the words of each part in turn, the stopwords' positions counted on from the words before.
         */
        public static Tally joined(List<Tally> parts) {
            if (parts.size() == 1) {
                return parts.get(0);
            }
            Tally all = new Tally();
            for (Tally part : parts) {
                for (int k = 0; k < part.stopwords; k++) {
                    all.add(all.words + part.positions[k], part.languages[k], part.spellings[k]);
                }
                all.words += part.words;
            }
            return all;
        }

        /** How many words the text has. */
        public int words() {
            return words;
        }

        /** {@link #stopwordHits} of the words. */
        public int[] hits() {
            int[] hits = new int[Lexicon.LANGUAGES.size()];
            for (int k = 0; k < stopwords; k++) {
                for (int mask = languages[k]; mask != 0; mask &= mask - 1) {
                    hits[Integer.numberOfTrailingZeros(mask)]++;
                }
            }
            return hits;
        }

        /** Appends the words that are stopwords of {@code Lexicon.LANGUAGES.get(language)}, in text order. */
        public void stopwordsOf(int language, List<String> out) {
            for (int k = 0; k < stopwords; k++) {
                if ((languages[k] & 1 << language) != 0) {
                    out.add(spellings[k]);
                }
            }
        }

        /**
         * For each i up to {@link #words()}, how many of the first i words are stopwords of
         * {@code Lexicon.LANGUAGES.get(language)}.
         */
        public int[] stopwordsSoFar(int language) {
            int[] soFar = new int[words + 1];
            int k = 0;
            for (int i = 0; i < words; i++) {
                boolean hit = k < stopwords && positions[k] == i;
                soFar[i + 1] = soFar[i] + (hit && (languages[k] & 1 << language) != 0 ? 1 : 0);
                if (hit) {
                    k++;
                }
            }
            return soFar;
        }
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
