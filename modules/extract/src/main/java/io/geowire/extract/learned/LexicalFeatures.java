package io.geowire.extract.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Words of a sentence as binary features beside the sentence vector: hashed lower-cased word unigrams and bigrams
 * (numbers read as one token, so "80%" and "12%" are the same feature), then a few features that say what kind of
 * sentence it is (a speech verb, a quote, a share or a number, a deadline year, a modal, first person). The encoder
 * sees what a sentence is about; these see how it is worded: on-topic background that names countries reads as stance
 * to the encoder, and what sets it apart is often one word ("accounts for", "percent", "since 1991").
 *
 * <p>The hash is FNV-1a over the token's characters, written out here rather than {@link String#hashCode}, so the
 * bucket of a word is fixed by this code alone: a model file's weights stay valid for every run and JVM.
 * {@link #VERSION} changes whenever tokens, hash or kinds change; a model trained on another version is refused.
 *
 * <p>With {@code parties} set (a model whose words are {@code "parties"}, issue 11 stance recall), the n-grams are
 * read from the masked text of {@link SentenceWords} (names replaced by placeholders) and the
 * {@link #PARTY_CONTEXT} features follow the kinds.
 *
 * @param buckets number of hash buckets for the n-grams; the kind features follow them
 * @param parties n-grams of the masked text and the party-context features after the kinds
 */
public record LexicalFeatures(int buckets, boolean parties) {
    /** Version of the tokenisation, hash and kinds below. */
    public static final int VERSION = 1;

    /** Sentence-kind features, in this order, after the buckets. */
    public static final List<String> KINDS = List.of("speech", "quote", "share", "number", "deadline_year", "modal",
            "first_person");

    private static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "tells", "stated", "states",
            "announced", "announces", "added", "warned", "warns", "declared", "declares", "insisted", "stressed",
            "urged", "urges", "called", "calls", "argued", "wrote", "noted", "according");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "should", "must",
            "can", "shall");
    private static final Set<String> FIRST_PERSON = Set.of("we", "our", "us", "i", "my");
    private static final Set<String> DEADLINE = Set.of("by", "until", "before", "till");
    private static final Set<String> AMOUNT = Set.of("million", "billion", "trillion", "thousand", "tonnes", "tons",
            "barrels", "bcm", "cubic");
    /**
     * What the gazetteer says about the parties of a sentence, after the kinds in a {@code parties} model, in this
     * order: three or more distinct parties named; a party (not a person, not a demonym) followed closely by a
     * speech or stance verb ("Armenia said", "Hungary blocked"); a tracked person doing so, or quoted ("..., Lavrov
     * said"); the sentence opens with a party (subject position); every party named only as a demonym ("Russian
     * gas"), which is background more often than a statement; a party after a preposition of relation ("with",
     * "towards", "against", "from").
     */
    public static final List<String> PARTY_CONTEXT = List.of("parties_3plus", "party_speaks", "person_speaks",
            "opens_with_party", "demonyms_only", "party_after_relation");

    /** Token that stands for any number but a year. */
    static final String NUMBER = "<n>";
    /** Token that stands for a year (1900-2099). */
    static final String YEAR = "<y>";

    public LexicalFeatures {
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets must be positive: " + buckets);
        }
    }

    /** Plain words: the n-grams of the text as written, the kinds; no party context. */
    public LexicalFeatures(int buckets) {
        this(buckets, false);
    }

    /** Width of a feature row: the buckets, then the kinds, then (parties) the party context. */
    public int width() {
        return buckets + KINDS.size() + (parties ? PARTY_CONTEXT.size() : 0);
    }

    /**
     * The features of a sentence's words: as {@link #of(String)} on the text, or with {@code parties} on the masked
     * text (the kinds still read the text as written) plus the party-context features.
     */
    public int[] of(SentenceWords words) {
        if (!parties) {
            return of(words.text());
        }
        Set<Integer> on = new TreeSet<>();
        addNgrams(tokens(words.masked()), on);
        addKinds(words.text(), on);
        for (int k = 0; k < PARTY_CONTEXT.size(); k++) {
            if (words.context().contains(PARTY_CONTEXT.get(k))) {
                on.add(buckets + KINDS.size() + k);
            }
        }
        return on.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Lower-cased words, numbers (digits with inner "." or ","; kept as written) and "%" as a token of its own; other
     * punctuation dropped.
     */
    static List<String> tokens(String sentence) {
        List<String> out = new ArrayList<>();
        String s = sentence.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int j = i + 1;
            if (Character.isLetter(c)) {
                while (j < s.length() && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
            } else if (Character.isDigit(c)) {
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || ((s.charAt(j) == '.' || s.charAt(j) == ',')
                        && j + 1 < s.length() && Character.isDigit(s.charAt(j + 1))))) {
                    j++;
                }
                out.add(s.substring(i, j));
            } else if (c == '%') {
                out.add("%");
            }
            i = j;
        }
        return out;
    }

    /** What a token counts as: a year as {@link #YEAR}, any other number as {@link #NUMBER}, a word as itself. */
    static String normalised(String token) {
        if (!Character.isDigit(token.charAt(0))) {
            return token;
        }
        return isYear(token) ? YEAR : NUMBER;
    }

    /** Sorted distinct indices of the features present in the sentence (all features are yes/no). */
    public int[] of(String sentence) {
        Set<Integer> on = new TreeSet<>();
        addNgrams(tokens(sentence), on);
        addKinds(sentence, on);
        return on.stream().mapToInt(Integer::intValue).toArray();
    }

    private void addNgrams(List<String> toks, Set<Integer> on) {
        String prev = "<s>";
        for (String raw : toks) {
            String t = normalised(raw);
            on.add(bucket("u:" + t));
            on.add(bucket("b:" + prev + " " + t));
            prev = t;
        }
    }

    private void addKinds(String sentence, Set<Integer> on) {
        boolean[] kinds = kinds(sentence, tokens(sentence));
        for (int k = 0; k < kinds.length; k++) {
            if (kinds[k]) {
                on.add(buckets + k);
            }
        }
    }

    /** Whether a lower-cased word is a speech verb of the {@code speech} kind. */
    public static boolean isSpeechWord(String word) {
        return SPEECH.contains(word);
    }

    /** The kind features of {@link #KINDS}, in that order. */
    static boolean[] kinds(String sentence, List<String> toks) {
        boolean speech = false;
        boolean share = false;
        boolean number = false;
        boolean deadline = false;
        boolean modal = false;
        boolean first = false;
        for (int i = 0; i < toks.size(); i++) {
            String t = toks.get(i);
            boolean digits = Character.isDigit(t.charAt(0));
            speech |= SPEECH.contains(t);
            modal |= MODALS.contains(t);
            first |= FIRST_PERSON.contains(t);
            share |= t.equals("%") || t.equals("percent") || (t.equals("per") && i + 1 < toks.size()
                    && toks.get(i + 1).equals("cent"));
            number |= AMOUNT.contains(t) || (digits && !isYear(t));
            deadline |= digits && isYear(t) && i > 0 && DEADLINE.contains(toks.get(i - 1));
        }
        boolean quote = sentence.indexOf('"') >= 0 || sentence.indexOf('\u201C') >= 0
                || sentence.indexOf('\u201D') >= 0;
        return new boolean[] {speech, quote, share, number, deadline, modal, first};
    }

    /** A four-digit number from 1900 to 2099. */
    static boolean isYear(String token) {
        return token.length() == 4 && (token.startsWith("19") || token.startsWith("20"))
                && Character.isDigit(token.charAt(2)) && Character.isDigit(token.charAt(3));
    }

    /** FNV-1a (32 bits) of the characters, modulo the bucket count. */
    int bucket(String token) {
        int h = 0x811C9DC5;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            h ^= c & 0xFF;
            h *= 0x01000193;
            h ^= c >>> 8;
            h *= 0x01000193;
        }
        return Math.floorMod(h, buckets);
    }
}
