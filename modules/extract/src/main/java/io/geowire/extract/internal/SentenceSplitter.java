package io.geowire.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into paragraphs (line breaks) and sentences. Line breaks come first so that navigation menus and
 * headlines never glue onto body sentences; inside a line a sentence ends at . ! ? (after closing quotes) before an
 * upper-case letter, a digit or an opening quote, also without a space ("production.Nonetheless"). A run of text
 * longer than {@link #MAX_CHARS} without a sentence end is cut into pieces at clause marks or spaces.
 */
final class SentenceSplitter {
    /** A sentence span and the index of its paragraph. */
    public record Span(int start, int end, int paragraph) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("st", "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt",
            "sgt", "capt", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "mt", "ft", "approx", "u.s",
            "u.k", "e.g", "i.e", "cf", "al");

    /**
     * Longest span handed on as one sentence; a longer run without a sentence end is cut into pieces of at most this
     * many characters. The rules and the learned stage do work per match that grows with the sentence, so an
     * unbounded run-on "sentence" (a hostile or broken article) made extraction quadratic: 60 KB took most of a
     * minute. News sentences are far shorter (docs/decisions.md, "Sentence length cap").
     */
    static final int MAX_CHARS = 1000;

    private SentenceSplitter() {
    }

    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int paragraph = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (!text.substring(i, lineEnd).isBlank()) {
                splitLine(text, i, lineEnd, paragraph, out);
                paragraph++;
            }
            i = lineEnd + 1;
        }
        return out;
    }

    private static void splitLine(String text, int from, int to, int paragraph, List<Span> out) {
        int s = skipSpace(text, from, to);
        int i = s;
        while (i < to) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && isEnd(text, s, i, to)) {
                int e = i + 1;
                while (e < to && isCloser(text.charAt(e))) {
                    e++;
                }
                add(text, s, e, paragraph, out);
                s = skipSpace(text, e, to);
                i = s;
                continue;
            }
            i++;
        }
        add(text, s, to, paragraph, out);
    }

    private static boolean isEnd(String text, int sentenceStart, int i, int to) {
        int j = i + 1;
        while (j < to && isCloser(text.charAt(j))) {
            j++;
        }
        if (j >= to) {
            return true;
        }
        boolean space = Character.isWhitespace(text.charAt(j));
        int k = skipSpace(text, j, to);
        if (k >= to) {
            return true;
        }
        char next = text.charAt(k);
        boolean startsSentence = Character.isUpperCase(next) || isOpener(next) || (space && Character.isDigit(next));
        if (!startsSentence) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        String word = previousWord(text, sentenceStart, i);
        if (!space) {
            // "production.Nonetheless" or "itself”.All": only after a lower-case word or a closing quote
            char before = i > sentenceStart ? text.charAt(i - 1) : ' ';
            return (Character.isLowerCase(before) && word.length() > 2) || isCloser(before);
        }
        if (ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        // a single capital letter followed by a period is an initial ("J. Smith"), not an end
        return !(word.length() == 1 && Character.isUpperCase(word.charAt(0)));
    }

    private static String previousWord(String text, int from, int dot) {
        int b = dot;
        while (b > from && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        return text.substring(b, dot);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']' || c == '\'';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\u201c' || c == '\u2018' || c == '(' || c == '[';
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0')) {
            i++;
        }
        return i;
    }

    private static void add(String text, int s, int e, int paragraph, List<Span> out) {
        while (e - s > MAX_CHARS) {
            int cut = cut(text, s, s + MAX_CHARS);
            addTrimmed(text, s, cut, paragraph, out);
            s = skipSpace(text, cut, e);
        }
        addTrimmed(text, s, e, paragraph, out);
    }

    /**
     * Where an overlong run of text ends a piece of at most {@link #MAX_CHARS}: after the last clause mark (, ; :)
     * in the window's second half, else at its last space, else at the window's end, never inside a surrogate pair.
     */
    private static int cut(String text, int s, int limit) {
        int half = s + MAX_CHARS / 2;
        for (int i = limit - 1; i > half; i--) {
            char c = text.charAt(i);
            if ((c == ',' || c == ';' || c == ':') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        for (int i = limit; i > half; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    private static void addTrimmed(String text, int s, int e, int paragraph, List<Span> out) {
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e, paragraph));
        }
    }
}
