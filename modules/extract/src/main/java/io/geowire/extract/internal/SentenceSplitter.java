package io.geowire.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into paragraphs (line breaks) and sentences. Line breaks come first so that navigation menus and
 * headlines never glue onto body sentences; inside a line a sentence ends at . ! ? (after closing quotes) before an
 * upper-case letter, a digit or an opening quote, also without a space ("production.Nonetheless").
 */
final class SentenceSplitter {
    /** A sentence span and the index of its paragraph. */
    public record Span(int start, int end, int paragraph) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("st", "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt",
            "sgt", "capt", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "mt", "ft", "approx", "u.s",
            "u.k", "e.g", "i.e", "cf", "al");

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
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e, paragraph));
        }
    }
}
