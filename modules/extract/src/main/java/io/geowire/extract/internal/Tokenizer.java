package io.geowire.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word and punctuation tokens with offsets. Curly quotes and apostrophes are unified,
 * contractions are expanded ("haven't" -> "have not") so that negation rules see one form, the possessive
 * "'s" is a token of its own and hyphens are tokens (so "Russia-backed" exposes "Russia").
 */
final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Tok> tokenize(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i = word(text, i, to, out);
            } else if (Character.isWhitespace(c) || c == '\u00a0') {
                i++;
            } else {
                out.add(Tok.word(punct(c), String.valueOf(c), i, i + 1).asPunct());
                i++;
            }
        }
        return out;
    }

    private static int word(String text, int start, int to, List<Tok> out) {
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (isApostrophe(c) && i + 1 < to && Character.isLetter(text.charAt(i + 1)) && i > start) {
                // an apostrophe inside a word: contraction, possessive or a name like N'Djamena
                int j = i + 1;
                while (j < to && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                String tail = text.substring(i + 1, j).toLowerCase(Locale.ROOT);
                String head = text.substring(start, i);
                if (tail.equals("t") && head.toLowerCase(Locale.ROOT).endsWith("n")) {
                    emitNegated(head, start, i, j, out);
                    return j;
                }
                if (tail.equals("s") || tail.equals("re") || tail.equals("ve") || tail.equals("ll") || tail.equals("d")
                        || tail.equals("m")) {
                    out.add(Tok.word(lower(head), head, start, i));
                    out.add(Tok.word("'" + tail, text.substring(i, j), i, j));
                    return j;
                }
                i = j;
            } else {
                break;
            }
        }
        String w = text.substring(start, i);
        out.add(Tok.word(lower(w), w, start, i));
        // a trailing apostrophe marks a plural possessive ("sanctions’ impact")
        if (i < to && isApostrophe(text.charAt(i)) && (i + 1 >= to || !Character.isLetter(text.charAt(i + 1)))
                && w.endsWith("s")) {
            out.add(Tok.word("'s", text.substring(i, i + 1), i, i + 1));
            return i + 1;
        }
        return i;
    }

    private static void emitNegated(String head, int start, int apos, int end, List<Tok> out) {
        String base = lower(head.substring(0, head.length() - 1));
        switch (base) {
            case "ca" -> base = "can";
            case "wo" -> base = "will";
            case "sha" -> base = "shall";
            case "ai" -> base = "is";
            default -> { }
        }
        int split = apos - 1;
        out.add(Tok.word(base, head.substring(0, head.length() - 1), start, split));
        out.add(Tok.word("not", "n't", split, end));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc';
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String punct(char c) {
        return switch (c) {
            case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '"' -> "\"";
            case '\u2018', '\u2019', '\'' -> "'";
            case '\u2014', '\u2013', '\u2012', '\u2015' -> "--";
            case '\u2010', '\u2011' -> "-";
            default -> String.valueOf(c);
        };
    }
}
