package io.geowire.ingest.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the article paragraphs of a parsed document and drops page chrome, in the manner of jusText
 * (Pomikálek 2011): each block is first judged alone (boilerplate lexicon, link density, length, share of function
 * words), then short or doubtful blocks take the verdict of their neighbours, so navigation menus (runs of short
 * lines), bylines and share/follow lines go while the paragraphs stay verbatim. A block that repeats an earlier
 * kept one is dropped, and so is whatever follows an end-of-article marker ("Related posts", "Tags"...).
 */
final class ContentCleaner {
    enum Verdict { GOOD, NEAR, SHORT, BAD }

    private static final int SHORT_CHARS = 70;
    private static final int LONG_CHARS = 200;
    private static final double GOOD_DENSITY = 0.25;
    private static final double NEAR_DENSITY = 0.18;
    private static final double MIN_LANGUAGE_DENSITY = 0.08;

    /** The first character {@link Character#isIdeographic} holds for. */
    static final char FIRST_IDEOGRAPH = '\u3006';

    private final Lexicon lexicon = Lexicon.get();
    // the lexicon's phrase lists, looked up once here rather than by kind for every block; whole-line phrases in
    // hash sets (the same answers as the lists' contains)
    private final Set<String> endLines = new HashSet<>(lexicon.boilerplate("end"));
    private final Set<String> boilerplateLines = new HashSet<>(lexicon.boilerplate("line"));
    private final List<String> boilerplatePrefixes = lexicon.boilerplate("prefix");
    private final List<String> boilerplateParts = lexicon.boilerplate("contains");

    /**
     * What the cleaner decided. {@code kept} are the article paragraphs in order; {@code labels} one per block;
     * {@code stopwordLanguage} the language whose stopword list fitted (null when none did); {@code keptStopwords}
     * the {@link Words#of} words of the kept paragraphs that are stopwords of that language, in order (those of the
     * cleaned text, which joins them; empty without a language); {@code keptWords} the {@link Words#tally} of each
     * kept paragraph, in order (the language shortcut reads its sample's words from them instead of tallying the
     * text again).
     */
    public record Result(List<Block> kept, List<String> labels, String stopwordLanguage, List<String> keptStopwords,
                         List<Words.Tally> keptWords) {
    }

    public Result clean(List<Block> blocks) {
        List<Words.Tally> words = new ArrayList<>(blocks.size());
        // each word is looked up once: its languages' stopword hits serve the language guess and every density
        int[][] hits = new int[blocks.size()][];
        int[] allHits = new int[Lexicon.LANGUAGES.size()];
        int allWords = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Words.Tally w = Words.tally(blocks.get(i).text());
            words.add(w);
            hits[i] = w.hits();
            for (int l = 0; l < allHits.length; l++) {
                allHits[l] += hits[i][l];
            }
            allWords += w.words();
        }
        String lang = Words.guessLanguage(allHits, allWords, MIN_LANGUAGE_DENSITY);
        // without a stopword list for the text's language, paragraphs are judged by length alone
        int stop = lang == null ? -1 : Lexicon.LANGUAGES.indexOf(lang);
        int n = blocks.size();
        Verdict[] v = new Verdict[n];
        String[] labels = new String[n];
        int endMarker = -1;
        for (int i = 0; i < n; i++) {
            // lexicon phrases are short: long paragraphs need not be normalised to be compared with them
            String norm = blocks.get(i).text().length() < LONG_CHARS ? normalise(blocks.get(i).text()) : "-";
            if (endLines.contains(norm) && endMarker < 0) {
                endMarker = i;
            }
            String why = boilerplateReason(blocks.get(i), norm);
            v[i] = why != null ? Verdict.BAD : judge(blocks.get(i), words.get(i).words(), hits[i], stop);
            labels[i] = why != null ? why : null;
        }
        resolveContext(v, blocks);
        truncateAtEndMarker(v, labels, blocks, endMarker);
        List<Block> kept = new ArrayList<>();
        List<Words.Tally> keptWords = new ArrayList<>();
        List<String> keptStopwords = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> keptKeys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (v[i] != Verdict.GOOD) {
                labels[i] = labels[i] != null ? labels[i] : "chrome";
                continue;
            }
            String key = repeatKey(blocks.get(i).text());
            if (!seen.add(key) || containedInEarlier(key, keptKeys)) {
                labels[i] = "repeat";
                continue;
            }
            keptKeys.add(key);
            labels[i] = "kept";
            kept.add(blocks.get(i));
            keptWords.add(words.get(i));
            if (stop >= 0) {
                words.get(i).stopwordsOf(stop, keptStopwords);
            }
        }
        return new Result(kept, List.of(labels), lang, keptStopwords, keptWords);
    }

    /** Lower case, no bullets or surrounding punctuation, single spaces: the form the lexicon is written in. */
    public static String normalise(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && edge(text.charAt(start))) {
            start++;
        }
        while (end > start && edge(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder sb = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    private static boolean edge(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '•' || c == '·' || c == '–' || c == '—'
                || c < 128 && !Character.isLetterOrDigit(c) && c != '©' || Character.getType(c) == Character.MATH_SYMBOL
                || Character.getType(c) == Character.OTHER_SYMBOL && c != '©';
    }

    private String boilerplateReason(Block b, String norm) {
        if (norm.isEmpty()) {
            return "empty";
        }
        if (boilerplateLines.contains(norm) || endLines.contains(norm)) {
            return "boilerplate";
        }
        if (norm.length() < LONG_CHARS) {
            for (String p : boilerplatePrefixes) {
                if (norm.startsWith(p)) {
                    return "boilerplate";
                }
            }
            for (String p : boilerplateParts) {
                if (norm.contains(p)) {
                    return "boilerplate";
                }
            }
        }
        if (b.chrome()) {
            return "chrome";
        }
        if (b.linkDensity() > 0.5) {
            return "links";
        }
        return null;
    }

    /** {@code stop}: index in {@link Lexicon#LANGUAGES} of the text's stopword list, -1 for none. */
    private Verdict judge(Block b, int wordCount, int[] hits, int stop) {
        int length = effectiveLength(b.text().strip());
        if (b.kind() == Block.Kind.HEADING || length < SHORT_CHARS) {
            return Verdict.SHORT;
        }
        // Words.stopwordDensity of the block's words, from the hits counted once
        double density = stop < 0 ? GOOD_DENSITY : wordCount == 0 ? 0 : (double) hits[stop] / wordCount;
        if (density >= GOOD_DENSITY && length >= LONG_CHARS) {
            return Verdict.GOOD;
        }
        return density >= NEAR_DENSITY ? Verdict.NEAR : Verdict.BAD;
    }

    /** Characters, with ideographs counted three times: a Chinese or Japanese character says about a word's worth. */
    public static int effectiveLength(String text) {
        int ideographs = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // no character before U+3006 is ideographic (ContentCleanerTest checks): most text needs no look-up
            if (c >= FIRST_IDEOGRAPH && Character.isIdeographic(c)) {
                ideographs++;
            }
        }
        return text.length() + 2 * ideographs;
    }

    private static void resolveContext(Verdict[] v, List<Block> blocks) {
        promoteShortArticle(v, blocks);
        Verdict[] firstPass = v.clone();
        // a doubtful paragraph joins the article when it touches article text, and so does a run of them: one sweep
        // each way (short blocks in between are looked through) reaches the same result as repeating until stable
        Verdict last = Verdict.BAD;
        for (int i = 0; i < v.length; i++) {
            if (v[i] == Verdict.NEAR && last == Verdict.GOOD) {
                v[i] = Verdict.GOOD;
            }
            last = v[i] == Verdict.SHORT ? last : v[i];
        }
        last = Verdict.BAD;
        for (int i = v.length - 1; i >= 0; i--) {
            if (v[i] == Verdict.NEAR && last == Verdict.GOOD) {
                v[i] = Verdict.GOOD;
            }
            last = v[i] == Verdict.SHORT ? last : v[i];
        }
        for (int i = 0; i < v.length; i++) {
            if (v[i] == Verdict.NEAR) {
                v[i] = Verdict.BAD;
            }
        }
        // short blocks go by runs: a run framed by article text on both sides whose every block reads as a
        // sentence (quotes, one-line paragraphs) is article text; menus, bylines and date lines are not sentences
        for (int i = 0; i < v.length; ) {
            if (firstPass[i] != Verdict.SHORT) {
                i++;
                continue;
            }
            int j = i;
            boolean sentences = true;
            while (j < v.length && firstPass[j] == Verdict.SHORT) {
                sentences &= looksLikeSentence(blocks.get(j));
                j++;
            }
            boolean framed = neighbour(v, i, -1) == Verdict.GOOD && neighbour(v, j - 1, 1) == Verdict.GOOD;
            for (int k = i; k < j; k++) {
                v[k] = framed && sentences ? Verdict.GOOD : Verdict.BAD;
            }
            i = j;
        }
    }

    /**
     * A wire item of a few short paragraphs has no paragraph long enough to anchor the article, and would
     * otherwise lose all its text; its prose-like paragraphs (enough function words, ending as a sentence) are
     * then the article.
     */
    private static void promoteShortArticle(Verdict[] v, List<Block> blocks) {
        for (Verdict verdict : v) {
            if (verdict == Verdict.GOOD) {
                return;
            }
        }
        for (int i = 0; i < v.length; i++) {
            if (v[i] == Verdict.NEAR && looksLikeSentence(blocks.get(i))) {
                v[i] = Verdict.GOOD;
            }
        }
    }

    private static Verdict neighbour(Verdict[] v, int i, int step) {
        for (int j = i + step; j >= 0 && j < v.length; j += step) {
            if (v[j] != Verdict.SHORT) {
                return v[j];
            }
        }
        return Verdict.BAD;
    }

    /** Compiled once (String.matches compiled it for every block it judged). */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?s).*[.!?\"”»]$");

    private static boolean looksLikeSentence(Block b) {
        String t = b.text().strip();
        return b.kind() != Block.Kind.HEADING && Words.count(t) >= 3 && SENTENCE_END.matcher(t).matches();
    }

    private static void truncateAtEndMarker(Verdict[] v, String[] labels, List<Block> blocks, int marker) {
        if (marker < 0) {
            return;
        }
        long before = 0;
        long after = 0;
        for (int i = 0; i < v.length; i++) {
            if (v[i] == Verdict.GOOD) {
                if (i < marker) {
                    before += blocks.get(i).text().length();
                } else {
                    after += blocks.get(i).text().length();
                }
            }
        }
        if (after < before) {
            for (int i = marker; i < v.length; i++) {
                v[i] = Verdict.BAD;
                labels[i] = labels[i] != null ? labels[i] : "after-end";
            }
        }
    }

    /** Letters and digits only, lower case, single spaces: two copies of a paragraph get the same key. */
    private static String repeatKey(String text) {
        char[] key = new char[text.length()]; // the key is never longer than the text
        int n = 0;
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // ASCII answered without Character's tables
            if (c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    : Character.isLetterOrDigit(c)) {
                if (gap && n > 0) {
                    key[n++] = ' ';
                }
                gap = false;
                key[n++] = c < 128 ? (char) (c >= 'A' && c <= 'Z' ? c + 32 : c) : Character.toLowerCase(c);
            } else {
                gap = true;
            }
        }
        return new String(key, 0, n);
    }

    private static boolean containedInEarlier(String key, List<String> earlier) {
        // quadratic: fine for articles (tens of paragraphs), skipped for book-sized inputs
        if (key.length() < 60 || earlier.size() > 1000) {
            return false;
        }
        for (String e : earlier) {
            if (e.length() > key.length() && e.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
