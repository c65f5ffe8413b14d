package io.geowire.extract.internal;

import java.util.List;

/**
 * Sentences that assert nothing and must yield no event: questions ("Is Armenia leaving the CSTO?", an interviewer's
 * line) and the headline lines that open an article ("Drone attack halts part of CPC loadings"), which restate a body
 * sentence in telegraphic style where verbs mislead ("flows hit record").
 */
final class NonAssertions {
    /** A headline has no closing punctuation and at most this many words. */
    private static final int HEADLINE_MAX_WORDS = 14;

    /**
     * A transcript's interviewer paragraph ("QUESTION (Gazeta.uz): The United States has put several Central Asian
     * companies on sanctions lists this year.", "Q: ...", a briefing's "Reporter (news agency): ..."): the premise of
     * a question, not an official's statement, even where its sentences end with a full stop.
     */
    private static final java.util.regex.Pattern INTERVIEWER = java.util.regex.Pattern.compile(
            "\\s*(?:QUESTION|Q|Reporter|REPORTER|Journalist|JOURNALIST)\\s*(?:\\([^)\\n]{0,80}\\)\\s*)?:");

    private NonAssertions() {
    }

    /** One flag per span: true when the span should be skipped. */
    static boolean[] flags(String text, List<SentenceSplitter.Span> spans) {
        boolean[] skip = new boolean[spans.size()];
        boolean body = false;
        boolean interviewer = false;
        for (int i = 0; i < spans.size(); i++) {
            SentenceSplitter.Span sp = spans.get(i);
            if (i == 0 || spans.get(i - 1).paragraph() != sp.paragraph()) {
                interviewer = INTERVIEWER.matcher(text).region(sp.start(), sp.end()).lookingAt();
            }
            char last = lastChar(text, sp);
            boolean alone = (i == 0 || spans.get(i - 1).paragraph() != sp.paragraph())
                    && (i + 1 == spans.size() || spans.get(i + 1).paragraph() != sp.paragraph());
            boolean headline = !body && alone && !isClosing(last) && words(text, sp) <= HEADLINE_MAX_WORDS;
            skip[i] = last == '?' || headline || interviewer;
            body |= !headline && isClosing(last);
        }
        return skip;
    }

    private static char lastChar(String text, SentenceSplitter.Span sp) {
        for (int i = sp.end() - 1; i >= sp.start(); i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '"' && c != '\u201d' && c != '\'' && c != '\u2019' && c != ')') {
                return c;
            }
        }
        return ' ';
    }

    private static boolean isClosing(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static int words(String text, SentenceSplitter.Span sp) {
        int n = 0;
        boolean in = false;
        for (int i = sp.start(); i < sp.end(); i++) {
            boolean w = !Character.isWhitespace(text.charAt(i));
            n += w && !in ? 1 : 0;
            in = w;
        }
        return n;
    }
}
