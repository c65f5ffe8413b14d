package io.geowire.ingest.internal;

import io.geowire.model.CalendarWords;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds dates written in English, Italian, French, German, Spanish or Russian, and ISO dates. */
public final class DateParser {
    private static final DateParser INSTANCE = new DateParser();
    private static final Set<String> FUTURE_WORDS = Set.of("until", "till", "by", "before", "through", "entro",
            "fino", "jusqu'au", "bis", "hasta", "до");
    private static final Set<String> YEAR_WORDS = Set.of("in", "since", "from", "of", "by", "until", "till", "to",
            "during", "after", "before", "year", "early", "late", "mid", "end", "between", "and", "or", "than",
            "through", "nel", "dal", "del", "entro", "en", "depuis", "année", "im", "seit", "jahr", "desde", "año",
            "в", "с", "году", "года");
    private static final Pattern DATE_LINE_PREFIX = Pattern.compile(
            "^(?i)(published|posted|updated|last updated|date|pubblicato|aggiornato|publié|mis à jour|veröffentlicht|"
                    + "aktualisiert|publicado|actualizado|опубликовано|обновлено)?\\s*(on|il|le|am|el)?\\s*[:\\-–]?\\s*");

    /**
     * What may stand before the date of a date line: a place ("TBILISI, ", "Ashgabat, "), a label ("Analysis | ",
     * "Analysis, ", "Interview, published "), a byline ("By the editors of X, "): at most eight words and a separator (a
     * comma, bar, colon or spaced dash), up to three times ("Analysis | Security Review | ", "Energy Brief - analysis - ").
     */
    private static final Pattern DATE_LINE_LABEL = Pattern.compile(
            "^(?:(?:[\\p{L}][\\p{L}\\p{M}.'’&-]*\\s+){0,7}[\\p{L}][\\p{L}\\p{M}.'’&-]*\\s*(?:[,|:]|\\s[-–—])\\s*){1,3}"
                    + "(?i:(?:published|posted|updated|last updated)\\s*(?:on\\s*)?:?\\s*)?");
    private static final Pattern WEEKDAY_END = Pattern.compile(
            "(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s*[,|:]\\s*$");
    /** Names of plans and targets before a year: "Vision 2030", "Strategy 2050", "Agenda 2063". */
    private static final Set<String> TARGET_BEFORE = Set.of("vision", "agenda", "strategy", "target", "targets",
            "plan", "programme", "program", "horizon", "goal", "goals", "towards", "toward", "beyond");
    /** Nouns after a year that make it a target: "the 2030 target", "a 2035 deadline". */
    private static final Pattern TARGET_AFTER = Pattern.compile(
            "^\\s*(?:targets?|goals?|deadline|agenda|strategy|plan|programme|program|vision|horizon|ambitions?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "by the end of 2027", "before the start of 2030": the year after these is a deadline. */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile(
            "\\b(?:by|until|till|before|through)\\s+(?:the\\s+)?(?:end|middle|start|beginning|close)\\s+of\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** A year range, "2020–2030", "2024-2028", "2024/25": neither end is the time of writing. */
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(?<![\\d.,/-])(?:1[89]|20)\\d\\d\\s*[-–—/]\\s*(?:(?:1[89]|20)\\d\\d|\\d\\d)(?![\\d%])");
    /** Wording that puts what follows in the future: "will", "plans to", "is expected to", "scheduled". */
    private static final Pattern FUTURE_CLAUSE = Pattern.compile(
            "\\b(?:will|shall|plans? to|planned|planning to|aims? to|intends? to|expected to|expects to|scheduled|"
                    + "set to|due to (?:be|start|open|begin|enter|launch|come)|is to|are to|going to)\\b",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, Integer> monthByName = new HashMap<>();
    private final Set<String> englishOnly = new HashSet<>();
    private final List<Pattern> patterns = new ArrayList<>();
    private final Pattern monthAlone;
    private final Pattern year = Pattern.compile("(?<![\\d.,/-])(1[89]\\d\\d|20\\d\\d)(?![\\d%]|,\\d)");

    private DateParser() {
        Map<String, Set<String>> langsByName = new HashMap<>();
        for (CalendarWords.MonthName name : CalendarWords.get().months()) {
            if (!name.spun()) {
                monthByName.put(name.spelling(), name.month());
                langsByName.computeIfAbsent(name.spelling(), k -> new HashSet<>()).add(name.language());
            }
        }
        langsByName.forEach((name, langs) -> {
            if (langs.equals(Set.of("en")) || (langs.contains("en") && langs.contains("de"))) {
                englishOnly.add(name); // English (and German) capitalise month names: lower case "may", "march" are words
            }
        });
        String m = monthByName.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
        String month = "(?<m>" + m + ")\\.?";
        String full = "(?<m>" + monthByName.keySet().stream().filter(n -> n.length() > 3)
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow() + ")";
        String day = "(?<d>[0-3]?\\d)";
        String yr = "(?<y>(?:1[89]|20)\\d\\d)";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        patterns.add(Pattern.compile("(?<![\\d-])" + yr + "-(?<mn>[01]?\\d)-" + day + "(?!\\d)"));
        patterns.add(Pattern.compile("(?<![\\d.])" + day + "[./](?<mn>[01]?\\d)[./]" + yr + "(?!\\d)"));
        patterns.add(Pattern.compile("(?<![\\p{L}])" + month + "\\s+" + day + "(?:st|nd|rd|th)?,?\\s+" + yr + "(?!\\d)", flags));
        patterns.add(Pattern.compile("(?<![\\d\\p{L}])" + day + "(?:st|nd|rd|th|er|º|°|\\.)?\\s+(?:de\\s+)?" + month
                + ",?\\s+(?:de\\s+|del\\s+)?" + yr + "(?!\\d)", flags));
        patterns.add(Pattern.compile("(?<![\\p{L}])" + month + ",?\\s+(?:de\\s+|del\\s+)?" + yr + "(?!\\d)", flags));
        patterns.add(Pattern.compile("(?<![\\p{L}])" + month + "\\s+" + day + "(?:st|nd|rd|th)?(?![\\d\\p{L}])", flags));
        patterns.add(Pattern.compile("(?<![\\d\\p{L}])" + day + "(?:st|nd|rd|th|er|º|°|\\.)?\\s+(?:de\\s+)?" + month
                + "(?![\\p{L}])", flags));
        monthAlone = Pattern.compile("(?<![\\p{L}])(?:in|since|early|late|mid|mid-|until|till|by|from|during|"
                + "last|this|next|a|nel|di|en|im|seit|desde|de|в)\\s+" + full + "(?![\\p{L}])", flags);
    }

    public static DateParser get() {
        return INSTANCE;
    }

    /** Every date mention in the text, in text order; a span is counted once, by its most specific reading. */
    public List<DateMention> mentions(String text) {
        List<DateMention> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (Pattern p : patterns) {
            collect(p.matcher(text), text, taken, found);
        }
        collect(monthAlone.matcher(text), text, taken, found);
        boolean[] inRange = new boolean[text.length() + 1];
        Matcher r = YEAR_RANGE.matcher(text);
        while (r.find()) {
            for (int i = r.start(); i < r.end(); i++) {
                inRange[i] = true;
            }
        }
        Matcher y = year.matcher(text);
        while (y.find()) {
            if (!taken[y.start()] && yearContext(text, y.start(), y.end())) {
                boolean target = inRange[y.start()] || targetYear(text, y.start(), y.end());
                found.add(new DateMention(Integer.parseInt(y.group(1)), 0, 0, y.start(), y.end(),
                        target || future(text, y.start()) || futureClause(text, y.start())));
            }
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    /** The date a short line consists of ("July 13, 2022", "Published: 09 settembre 2022"), if any. */
    public Optional<LocalDate> dateLine(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 60) {
            return Optional.empty();
        }
        String rest = DATE_LINE_PREFIX.matcher(s).replaceFirst("");
        Optional<LocalDate> plain = leadingDate(rest);
        if (plain.isPresent()) {
            return plain;
        }
        Matcher label = DATE_LINE_LABEL.matcher(rest);
        // "Flows stopped on Tuesday, March 3, 2024" is a sentence that ends in a date, not a labelled date line
        return label.find() && label.end() < rest.length() && !WEEKDAY_END.matcher(label.group()).find()
                ? leadingDate(rest.substring(label.end())) : Optional.empty();
    }

    /**
     * A target or plan year rather than a time of writing: "Vision 2030", "the 2030 target", "by the end of 2027".
     * Years in a year range are excluded by the caller.
     */
    static boolean targetYear(String text, int start, int end) {
        if (TARGET_BEFORE.contains(previousWord(text, start))) {
            return true;
        }
        if (TARGET_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20))).find()) {
            return true;
        }
        return DEADLINE_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find();
    }

    /**
     * True when the sentence puts the mention at start in the future: a modal or plan word ("will", "plans to",
     * "is expected to", "scheduled") earlier in its sentence, within 80 characters.
     */
    static boolean futureClause(String text, int start) {
        int from = Math.max(0, start - 80);
        for (int i = start - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == ';' || c == '\n' || c == '?' || c == '!') {
                from = i + 1;
                break;
            }
        }
        return FUTURE_CLAUSE.matcher(text.substring(from, start)).find();
    }

    private Optional<LocalDate> leadingDate(String rest) {
        for (DateMention m : mentions(rest)) {
            if (m.isFull() && m.start() <= 4) {
                // "(Agency)" after a dateline's date is part of the line
                String after = rest.substring(m.end()).replaceFirst("^\\s*\\([^()]{1,30}\\)", "")
                        .replaceAll("[\\s|,·•\\-–—:0-9apmAPMutcUTChH.]+", "");
                if (after.length() <= 12) {
                    return Optional.of(m.earliestDay(m.year()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A bare number like 2021 is a year when a preposition-like word precedes it ("in 2021", "since 2014", "relative
     * to 2021") or punctuation follows it; "2030 barrels" or "Vision 2030" are not read as years.
     */
    private static boolean yearContext(String text, int start, int end) {
        if (end < text.length() && ",.;:)]?!".indexOf(text.charAt(end)) >= 0) {
            return true;
        }
        return YEAR_WORDS.contains(previousWord(text, start));
    }

    private static String previousWord(String text, int start) {
        int e = start;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return text.substring(b, e).toLowerCase(Locale.ROOT);
    }

    private void collect(Matcher m, String text, boolean[] taken, List<DateMention> out) {
        while (m.find()) {
            if (taken[m.start()] || taken[m.end() - 1]) {
                continue;
            }
            DateMention mention = toMention(m, text);
            if (mention != null) {
                out.add(mention);
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
            }
        }
    }

    private DateMention toMention(Matcher m, String text) {
        int month = month(m);
        if (month == 0) {
            return null;
        }
        int y = group(m, "y");
        int d = group(m, "d");
        if (d > 31) {
            return null;
        }
        try {
            if (y > 0 && d > 0) {
                LocalDate.of(y, month, d);
            }
        } catch (DateTimeException e) {
            return null;
        }
        String first = m.group().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        boolean future = future(text, m.start()) || FUTURE_WORDS.contains(first) || futureClause(text, m.start());
        return new DateMention(y, month, d, m.start(), m.end(), future);
    }

    private int month(Matcher m) {
        if (hasGroup(m, "mn")) {
            int n = Integer.parseInt(m.group("mn"));
            return n >= 1 && n <= 12 ? n : 0;
        }
        String name = m.group("m");
        String lower = name.toLowerCase(Locale.ROOT);
        if (englishOnly.contains(lower) && Character.isLowerCase(name.charAt(0))) {
            return 0;
        }
        return monthByName.getOrDefault(lower, 0);
    }

    private static int group(Matcher m, String name) {
        return hasGroup(m, name) && m.group(name) != null ? Integer.parseInt(m.group(name)) : 0;
    }

    private static boolean hasGroup(Matcher m, String name) {
        return m.pattern().pattern().contains("(?<" + name + ">");
    }

    private static boolean future(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1))) {
            begin--;
        }
        return FUTURE_WORDS.contains(text.substring(begin, end).toLowerCase(Locale.ROOT));
    }
}
