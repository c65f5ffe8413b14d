package io.geowire.extract.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cue word lists (negation, hedges, modals, speech verbs, causes, ...) compiled to token-bounded regexes. */
final class Cues {
    private final Map<String, Pattern> patterns = new HashMap<>();
    private final Map<String, java.util.Set<String>> singleWords = new HashMap<>();

    public Cues(DataFiles files) {
        Map<String, StringBuilder> alternatives = new java.util.LinkedHashMap<>();
        for (String[] r : files.rows("cues.tsv")) {
            StringBuilder alt = alternatives.computeIfAbsent(r[0], k -> new StringBuilder());
            java.util.Set<String> words = singleWords.computeIfAbsent(r[0], k -> new java.util.HashSet<>());
            for (String p : DataFiles.list(DataFiles.col(r, 1))) {
                String norm = normalise(p);
                if (!norm.contains(" ")) {
                    words.add(norm);
                }
                if (alt.length() > 0) {
                    alt.append('|');
                }
                alt.append(Pattern.quote(norm));
            }
        }
        alternatives.forEach((k, alt) -> patterns.put(k, Pattern.compile("(?:^| )(?:" + alt + ")(?= |$)")));
    }

    static String normalise(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (Tok t : Tokenizer.tokenize(phrase, 0, phrase.length())) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.norm);
        }
        // placeholders in phrases ("invasion of @UKR") stay upper-case like the mention tokens they match
        java.util.regex.Matcher m = Pattern.compile("([@$#&!]) ([a-z0-9_]+)").matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(m.group(1)
                    + m.group(2).toUpperCase(java.util.Locale.ROOT)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** True if a phrase of the category occurs in text[from, to). */
    public boolean any(String category, String text, int from, int to) {
        return find(category, text, from, to) >= 0;
    }

    /** Start of the last phrase of the category in text[from, to), or -1. */
    public int findLast(String category, String text, int from, int to) {
        Pattern p = patterns.get(category);
        if (p == null || from >= to) {
            return -1;
        }
        Matcher m = p.matcher(text).region(Math.max(0, from - 1), to);
        m.useTransparentBounds(true);
        int last = -1;
        while (m.find()) {
            if (m.end() <= to) {
                last = m.start() + (text.charAt(m.start()) == ' ' ? 1 : 0);
            }
        }
        return last;
    }

    /** Start of the first phrase of the category in text[from, to), or -1. */
    public int find(String category, String text, int from, int to) {
        Pattern p = patterns.get(category);
        if (p == null || from >= to) {
            return -1;
        }
        Matcher m = p.matcher(text).region(Math.max(0, from - 1), to);
        m.useTransparentBounds(true);
        while (m.find()) {
            if (m.end() <= to) {
                return m.start() + (text.charAt(m.start()) == ' ' ? 1 : 0);
            }
        }
        return -1;
    }

    /** True if a phrase of the category covers text position {@code pos}. */
    public boolean covers(String category, String text, int pos) {
        Pattern p = patterns.get(category);
        if (p == null) {
            return false;
        }
        Matcher m = p.matcher(text).region(Math.max(0, pos - 40), Math.min(text.length(), pos + 40));
        m.useTransparentBounds(true);
        while (m.find()) {
            int start = m.start() + (text.charAt(m.start()) == ' ' ? 1 : 0);
            if (start <= pos && pos < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** True if the single token is one of the category's one-word phrases. */
    public boolean isWord(String category, String token) {
        java.util.Set<String> s = singleWords.get(category);
        return s != null && s.contains(token);
    }
}
