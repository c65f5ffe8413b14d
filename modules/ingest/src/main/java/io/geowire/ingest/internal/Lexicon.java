package io.geowire.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Word lists kept as data files under resources (so they can grow without code changes); loaded once. */
public final class Lexicon {
    public static final List<String> LANGUAGES = List.of("en", "it", "fr", "de", "es", "ru");
    private static final String BASE = "/io/geowire/ingest/lexicon/";
    private static final Lexicon INSTANCE = new Lexicon();

    private final Map<String, Set<String>> stopwords = new LinkedHashMap<>();
    private final Map<String, List<String>> boilerplate = new HashMap<>();
    /** For each stopword, a bit per language of {@link #LANGUAGES} whose list has it. */
    private final Map<String, Integer> languagesByStopword = new HashMap<>();
    /** The keys of {@link #languagesByStopword}, for {@link #stopwordAt}. */
    private final String[] stopwordTable;
    /** The value of {@link #languagesByStopword} for each slot of {@link #stopwordTable}: one look-up gives both. */
    private final int[] stopwordTableLanguages;

    private Lexicon() {
        for (String lang : LANGUAGES) {
            Set<String> words = new HashSet<>();
            for (String line : lines("stopwords-" + lang + ".txt")) {
                for (String w : line.split("\\s+")) {
                    if (!w.isBlank()) {
                        words.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
            stopwords.put(lang, java.util.Collections.unmodifiableSet(words)); // HashSet: faster lookups than Set.copyOf
            int bit = 1 << LANGUAGES.indexOf(lang);
            words.forEach(w -> languagesByStopword.merge(w, bit, (a, b) -> a | b));
        }
        stopwordTable = table(languagesByStopword.keySet());
        stopwordTableLanguages = new int[stopwordTable.length];
        for (int slot = 0; slot < stopwordTable.length; slot++) {
            stopwordTableLanguages[slot] = stopwordTable[slot] == null ? 0 : languagesByStopword.get(stopwordTable[slot]);
        }
        for (String line : lines("boilerplate.tsv")) {
            String[] parts = line.split("\t", 2);
            boilerplate.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1].trim());
        }
    }

    public static Lexicon get() {
        return INSTANCE;
    }

    public Set<String> stopwords(String language) {
        return stopwords.getOrDefault(language, stopwords.get("en"));
    }

    /** Bit i set when the word is a stopword of {@code LANGUAGES.get(i)}; 0 for no language. */
    public int stopwordLanguages(String word) {
        return languagesByStopword.getOrDefault(word, 0);
    }

    /** The lexicon's own string of a stopword of any language, or null when the word is none. */
    public String stopword(String word) {
        int slot = stopwordSlot(word);
        return slot < 0 ? null : stopwordTable[slot];
    }

    /** The slot of a stopword of any language ({@link #stopwordIn}, {@link #languagesIn}), or -1. */
    int stopwordSlot(String word) {
        for (int slot = spread(word.hashCode()) & (stopwordTable.length - 1); stopwordTable[slot] != null;
             slot = (slot + 1) & (stopwordTable.length - 1)) {
            if (stopwordTable[slot].equals(word)) {
                return slot;
            }
        }
        return -1;
    }

    /**
     * The stopword whose characters are {@code Words.lowerOneToOne} of text[start, end), given that lower-cased
     * run's {@link String#hashCode}, or null: a look-up without making the word's string.
     */
    String stopwordAt(String text, int start, int end, int hash) {
        int slot = stopwordSlotAt(text, start, end, hash);
        return slot < 0 ? null : stopwordTable[slot];
    }

    /** {@link #stopwordAt} as a slot, or -1. */
    int stopwordSlotAt(String text, int start, int end, int hash) {
        int len = end - start;
        for (int slot = spread(hash) & (stopwordTable.length - 1); stopwordTable[slot] != null;
             slot = (slot + 1) & (stopwordTable.length - 1)) {
            String candidate = stopwordTable[slot];
            if (candidate.hashCode() == hash && candidate.length() == len && sameLowerCase(candidate, text, start)) {
                return slot;
            }
        }
        return -1;
    }

    /** The stopword in a slot that {@link #stopwordSlot} or {@link #stopwordSlotAt} gave. */
    String stopwordIn(int slot) {
        return stopwordTable[slot];
    }

    /** {@link #stopwordLanguages} of the stopword in a slot, without a map look-up. */
    int languagesIn(int slot) {
        return stopwordTableLanguages[slot];
    }

    private static boolean sameLowerCase(String word, String text, int start) {
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) != Words.lowerOneToOne(text.charAt(start + k))) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** Every stopword of every list, open addressing, at most a quarter full. */
    private static String[] table(Set<String> words) {
        String[] table = new String[Integer.highestOneBit(Math.max(1, words.size())) << 3];
        for (String w : words) {
            int slot = spread(w.hashCode()) & (table.length - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = w;
        }
        return table;
    }

    /** Phrases of one boilerplate kind: line, prefix, contains or end. */
    public List<String> boilerplate(String kind) {
        return boilerplate.getOrDefault(kind, List.of());
    }

    private static List<String> lines(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + name);
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
