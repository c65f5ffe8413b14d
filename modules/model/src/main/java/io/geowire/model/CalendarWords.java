package io.geowire.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar words both ingest (publication dates) and extract (event dates) read: month names in the languages
 * bylines come in, the dated world events that bound when an undated text was written, and what frames a dateline.
 * One definition, so the publication date ingest estimates and the reference year extract resolves against agree.
 */
public final class CalendarWords {
    /** A dateline is looked for in an article's first non-blank lines only. */
    public static final int DATELINE_LINES = 4;

    private static final String DIR = "/io/geowire/model/calendar/";
    private static final CalendarWords INSTANCE = new CalendarWords();
    /**
     * Before a dateline's date: nothing, a place ("BUDAPEST, "), a byline, or a label ("Published: ", "Analysis | "),
     * or up to three such segments ("Analysis | Security Review | ", "Energy Brief - analysis - "). A story filed
     * from two capitals names both with a slash ("YEREVAN/BAKU, ", "NEW DELHI/OTTAWA, ").
     */
    private static final String LABEL_SEGMENTS =
            "\\s*(?:(?:(?:[\\p{L}][\\p{L}\\p{M}.'’&/-]*|&)\\s+){0,7}[\\p{L}][\\p{L}\\p{M}.'’&/-]*\\s*[,|:–—-]\\s*){0,3}";
    private static final Pattern DATELINE_BEFORE = Pattern.compile(LABEL_SEGMENTS
            + "(?i:(?:published|posted|updated|last updated|date)\\s*(?:on\\s*)?:?\\s*)?");
    /**
     * A weekday standing for itself before the date, after nothing or a label ("Monday 17 July 2023", "Live coverage,
     * Saturday 8 October 2022", "Desk | Wednesday, 23 October 2024"): a live page's or a header's date. "Flows
     * stopped on Tuesday, March 3" is no such line: its weekday follows a word, not a label's separator.
     */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile(LABEL_SEGMENTS
            + "(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s*,?\\s*");
    /** After it: an agency in brackets, a dash, a time, or the end of the line. */
    private static final Pattern DATELINE_AFTER = Pattern.compile(
            "\\s*(?:\\(|[-–—|]|,?\\s*\\d{1,2}[:.]\\d\\d|\\n|$)");
    /** After a weekday-headed date also the end of a sentence: "Friday 9 May 2025. Updated throughout the day". */
    private static final Pattern WEEKDAY_DATE_AFTER = Pattern.compile("\\.(?:\\s|$)");

    private final List<MonthName> months;
    /** Latest first, so the first that matches is the answer. */
    private final List<CuedAnchor> anchors;
    private final SearchKeys searchKeys;

    /** One spelling of a month in one language ("settembre", 9, "it"). */
    public record MonthName(String spelling, int month, String language) {
        /** English and German write month names capitalised; their lower-case forms are ordinary words ("may"). */
        public boolean capitalised() {
            return language.equals("en") || language.equals("de") || language.equals("spun");
        }

        /** A synonym a text spinner put in place of the month ("Might 9"): extract reads it, ingest does not. */
        public boolean spun() {
            return language.equals("spun");
        }
    }

    /** A dated world event and the phrases that name it. */
    public record Anchor(LocalDate date, Pattern phrases) {
    }

    /**
     * An anchor with the first word of each of its phrases. A match starts with one of them (the lookbehind reads
     * no characters), so the pattern need only be tried where one stands, found by a literal search: far cheaper
     * than trying it at every position of a text that names no event.
     */
    private record CuedAnchor(Anchor anchor, List<String> firstWords) {
        /** As first written: one search per first word (kept for CalendarWordsSpeedTest). */
        boolean matches(String lower) {
            Matcher m = anchor.phrases().matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
            for (String word : firstWords) {
                for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                    if (m.region(at, lower.length()).lookingAt()) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * {@link #matches(String)} with the first words found through their search keys ({@link SearchKeys}): the
         * pattern is tried at each place where a first word stands, as there, but several first words ("russia",
         * "russian", "russo") share one search of the text.
         */
        boolean matches(String lower, SearchKeys keys, int[][] found) {
            Matcher m = null;
            for (String word : firstWords) {
                int key = keys.keyOf(word);
                int[] at = found[key] != null ? found[key] : (found[key] = keys.occurrences(key, lower));
                for (int p : at) {
                    if (p < 0) {
                        break; // the end of the occurrences
                    }
                    if (!lower.startsWith(word, p)) {
                        continue;
                    }
                    if (m == null) {
                        m = anchor.phrases().matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    if (m.region(p, lower.length()).lookingAt()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * What the anchors' first words are searched for by: the first words that share their first
     * {@link #SHARED_PREFIX} letters are searched for once, by their common prefix ("russ" for "russo", "russia" and
     * "russian"; "inva" for "invasion" and "invaded"), and a word that appears under several anchors ("war") once.
     * Every place a first word stands is a place its key stands, so testing the word there finds all of them. On
     * the ten anchors' 21 first words this is 15 searches instead of 21, and the searches were most of the cost of
     * {@link #latestAnchor} on a text that names no event (issue 13, xingest3).
     */
    private static final class SearchKeys {
        private static final int SHARED_PREFIX = 4;
        private final List<String> keys = new ArrayList<>();
        private final java.util.Map<String, Integer> keyByWord = new java.util.HashMap<>();

        SearchKeys(List<CuedAnchor> anchors) {
            java.util.Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
            for (CuedAnchor a : anchors) {
                for (String word : a.firstWords()) {
                    String group = word.length() < SHARED_PREFIX ? word : word.substring(0, SHARED_PREFIX);
                    List<String> words = groups.computeIfAbsent(group, g -> new ArrayList<>());
                    if (!words.contains(word)) {
                        words.add(word);
                    }
                }
            }
            for (List<String> words : groups.values()) {
                String key = words.get(0);
                for (String w : words) {
                    int common = 0;
                    while (common < Math.min(key.length(), w.length()) && key.charAt(common) == w.charAt(common)) {
                        common++;
                    }
                    key = key.substring(0, common);
                }
                for (String w : words) {
                    keyByWord.put(w, keys.size());
                }
                keys.add(key);
            }
        }

        int size() {
            return keys.size();
        }

        int keyOf(String word) {
            return keyByWord.get(word);
        }

        /** Where key {@code key} stands in the text (overlaps included), in order, ended by -1 when not full. */
        int[] occurrences(int key, String lower) {
            String k = keys.get(key);
            int[] at = new int[4];
            int n = 0;
            for (int p = lower.indexOf(k); p >= 0; p = lower.indexOf(k, p + 1)) {
                if (n == at.length) {
                    at = java.util.Arrays.copyOf(at, n * 2);
                }
                at[n++] = p;
            }
            if (n < at.length) {
                at[n] = -1;
            }
            return at;
        }
    }

    private CalendarWords() {
        months = new ArrayList<>();
        for (String[] row : rows("months.tsv", 3)) {
            for (String spelling : row[2].split(",")) {
                months.add(new MonthName(spelling.trim(), Integer.parseInt(row[0]), row[1]));
            }
        }
        anchors = new ArrayList<>();
        for (String[] row : rows("anchors.tsv", 2)) {
            anchors.add(new CuedAnchor(new Anchor(LocalDate.parse(row[0]), phrasePattern(row[1])),
                    firstWords(row[1])));
        }
        anchors.sort(java.util.Comparator.comparing((CuedAnchor a) -> a.anchor().date()).reversed());
        searchKeys = new SearchKeys(anchors);
    }

    public static CalendarWords get() {
        return INSTANCE;
    }

    /** Every month spelling, in file order. */
    public List<MonthName> months() {
        return List.copyOf(months);
    }

    /** The date of the latest dated world event the text names, if any. */
    public Optional<LocalDate> latestAnchor(String text) {
        // lower-cased once: a case-insensitive alternation costs a case fold per character per branch
        return latestAnchorFrom(text, Integer.MIN_VALUE);
    }

    /**
     * {@link #latestAnchor} among the events of {@code fromYear} or later only: the caller knows that an earlier
     * one would change nothing (a text naming 2025 was written in 2025 or later whatever event of 2022 it names).
     * A text is neither lower-cased nor searched when no event is that late.
     */
    public Optional<LocalDate> latestAnchorFrom(String text, int fromYear) {
        if (anchors.isEmpty() || anchors.get(0).anchor().date().getYear() < fromYear) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int[][] found = new int[searchKeys.size()][]; // each key's places, searched for when an anchor first needs them
        for (CuedAnchor a : anchors) {
            if (a.anchor().date().getYear() < fromYear) {
                break; // latest first: the rest are earlier still
            }
            if (a.matches(lower, searchKeys, found)) {
                return Optional.of(a.anchor().date());
            }
        }
        return Optional.empty();
    }

    /** {@link #latestAnchor} as first written, one search per first word of each anchor (CalendarWordsSpeedTest). */
    Optional<LocalDate> latestAnchorWordByWord(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (CuedAnchor a : anchors) {
            if (a.matches(lower)) {
                return Optional.of(a.anchor().date());
            }
        }
        return Optional.empty();
    }

    /**
     * True if the date at [start, end) of the text, on the line starting at lineStart, stands where a dateline puts it: after nothing but a place, a
     * byline or a label, and before an agency in brackets, a dash, a time or the line's end.
     */
    public static boolean framesDateline(String text, int lineStart, int start, int end) {
        if (DATELINE_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return DATELINE_BEFORE.matcher(text).region(lineStart, start).matches()
                    || WEEKDAY_BEFORE.matcher(text).region(lineStart, start).matches();
        }
        return WEEKDAY_DATE_AFTER.matcher(text).region(end, text.length()).lookingAt()
                && WEEKDAY_BEFORE.matcher(text).region(lineStart, start).matches();
    }

    /** The article's first {@link #DATELINE_LINES} non-blank lines, where a dateline may stand. */
    public static List<String> openingLines(String text) {
        // the pieces of text.split("\n", 64) (the 64th is the rest of the text), walked only as far as needed: the
        // split copied the whole text into lines to read the first few
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int piece = 1; lines.size() < DATELINE_LINES; piece++) {
            int newline = piece == OPENING_SPLIT_LIMIT ? -1 : text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            if (!blank(text, start, end)) {
                lines.add(text.substring(start, end));
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    /** The split limit {@link #openingLines} has always read the text with. */
    private static final int OPENING_SPLIT_LIMIT = 64;

    /**
     * {@code text.substring(start, end).isBlank()} without the copy (no supplementary code point and no lone
     * surrogate is whitespace, so chars answer as code points do).
     */
    private static boolean blank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The first word of each phrase, as {@link #phrasePattern} splits it. */
    private static List<String> firstWords(String phrases) {
        List<String> words = new ArrayList<>();
        for (String phrase : phrases.split("\\|")) {
            String first = phrase.trim().split("[ -]+")[0];
            if (first.isEmpty()) {
                throw new IllegalStateException("anchors.tsv: a phrase must start with a word: " + phrase);
            }
            if (!words.contains(first)) {
                words.add(first);
            }
        }
        return List.copyOf(words);
    }

    private static Pattern phrasePattern(String phrases) {
        StringBuilder alternation = new StringBuilder();
        for (String phrase : phrases.split("\\|")) {
            StringBuilder words = new StringBuilder();
            for (String word : phrase.trim().split("[ -]+")) {
                words.append(words.length() == 0 ? "" : "[\\s-]+").append(Pattern.quote(word));
            }
            alternation.append(alternation.length() == 0 ? "" : "|").append(words);
        }
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + alternation + ")(?![\\p{L}\\d])");
    }

    private static List<String[]> rows(String name, int columns) {
        InputStream in = CalendarWords.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalStateException("missing calendar data " + DIR + name);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length != columns) {
                    throw new IllegalStateException(name + ": expected " + columns + " columns in: " + line);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
