package io.geowire.ingest.internal;

import io.geowire.model.CalendarWords;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
            "^(?:(?:(?:[\\p{L}][\\p{L}\\p{M}.'’&-]*|&)\\s+){0,7}[\\p{L}][\\p{L}\\p{M}.'’&-]*\\s*(?:[,|:]|\\s[-–—])\\s*){1,3}"
                    + "(?i:(?:published|posted|updated|last updated)\\s*(?:on\\s*)?:?\\s*)?");
    /** A weekday after a word ("on Tuesday, "), not one after a label's separator ("Live | Tuesday, "). */
    private static final Pattern WEEKDAY_END = Pattern.compile(
            "(?i)(?<=\\p{L}\\s{1,3})\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s*[,|:]\\s*$");
    /** Names of plans and targets before a year: "Vision 2030", "Strategy 2050", "Agenda 2063". */
    private static final Set<String> TARGET_BEFORE = Set.of("vision", "agenda", "strategy", "target", "targets",
            "plan", "programme", "program", "horizon", "goal", "goals", "towards", "toward", "beyond");
    /** Nouns after a year that make it a target: "the 2030 target", "a 2035 deadline". */
    private static final Pattern TARGET_AFTER = Pattern.compile(
            "^\\s*(?:targets?|goals?|deadline|agenda|strategy|plan|programme|program|vision|horizon|ambitions?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "by the end of 2027", "before the start of 2030": the year after these is a deadline. */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile(
            "\\b(?:by|until|till|before|through)\\s+(?:(?:the\\s+)?(?:end|middle|start|beginning|close)\\s+of|at least)"
                    + "\\s+$|\\b(?:concept|strategy|plan|programme|program|roadmap|outlook|forecast|vision|agenda"
                    + "|projections?|up)\\s+to\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** A year range, "2020–2030", "2024-2028", "2024/25": neither end is the time of writing. */
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(?<![\\d.,/-])(?:1[89]|20)\\d\\d\\s*[-–—/]\\s*(?:(?:1[89]|20)\\d\\d|\\d\\d)(?![\\d%])");
    /** Wording that puts what follows in the future: "will", "plans to", "is expected to", "scheduled". */
    private static final Pattern FUTURE_CLAUSE = Pattern.compile(
            "\\b(?:will|shall|plans? to|planned|planning to|aims? to|intends? to|expected to|expects to|scheduled|"
                    + "set to|due to (?:be|start|open|begin|enter|launch|come)|is to|are to|going to|hopes?|hoped"
                    + "|expected in|(?:would|could) (?:start|begin|open|enter|launch|come|be completed))\\b",
            Pattern.CASE_INSENSITIVE);

    /** Distinct month-name sets whose patterns are kept compiled; texts name few months, so few sets recur. */
    private static final int MAX_CACHED_NAME_SETS = 4096;

    private final Map<String, Integer> monthByName = new HashMap<>();
    private final Set<String> englishOnly = new HashSet<>();
    /** Month spellings, longest first: the order the alternations try them in. */
    private final List<String> monthNames;
    /** Index in {@link #monthNames} by case-folded spelling, for the scan that finds the names a text contains. */
    private final Map<String, Integer> monthIndexByFold = new HashMap<>();
    /** Names the letter-run scan cannot vouch for (see {@link #scanForMonthNames}): always in the alternations. */
    private final BitSet alwaysTried = new BitSet();
    /** A bit per hash of a key of {@link #monthIndexByFold} (see {@link #hashBit}). */
    private final BitSet foldedNameHashes = new BitSet(1 << 16);
    private final int shortestName;
    private final int longestName;
    /**
     * The numeric date patterns (ISO and day.month.year): they come first, as they are the most specific. Their
     * matches start with a digit (see {@link #findFromDigit}), as do those of {@link #year} and YEAR_RANGE.
     */
    private final List<DatePattern> numeric = new ArrayList<>();
    private final Map<BitSet, MonthPatterns> monthPatternsByNames = new ConcurrentHashMap<>();
    private final Pattern year = Pattern.compile("(?<![\\d.,/-])(1[89]\\d\\d|20\\d\\d)(?![\\d%]|,\\d)");

    /** A date pattern and which of the named groups y (year), d (day) and mn (month number) it has. */
    private record DatePattern(Pattern pattern, boolean hasYear, boolean hasDay, boolean hasMonthNumber) {
        static DatePattern of(Pattern p) {
            String source = p.pattern();
            return new DatePattern(p, source.contains("(?<y>"), source.contains("(?<d>"), source.contains("(?<mn>"));
        }
    }

    /** The patterns that need a month name, with the alternation limited to some names; {@code alone} may be null. */
    private record MonthPatterns(List<DatePattern> named, DatePattern alone) {
        static final MonthPatterns NONE = new MonthPatterns(List.of(), null);
    }

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
        // a stable sort of the map's keys, as the alternation has always been ordered
        monthNames = monthByName.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (int i = 0; i < monthNames.size(); i++) {
            String name = monthNames.get(i);
            monthIndexByFold.put(fold(name), i);
            shortest = Math.min(shortest, name.length());
            longest = Math.max(longest, name.length());
            if (!foldsToLetters(name)) {
                alwaysTried.set(i);
            }
        }
        shortestName = shortest;
        longestName = longest;
        monthIndexByFold.keySet().forEach(key -> foldedNameHashes.set(hashBit(key.hashCode())));
        markNamesWithNonLetterLookalikes();
        String day = "(?<d>[0-3]?\\d)";
        String yr = "(?<y>(?:1[89]|20)\\d\\d)";
        numeric.add(DatePattern.of(Pattern.compile("(?<![\\d-])" + yr + "-(?<mn>[01]?\\d)-" + day + "(?!\\d)")));
        numeric.add(DatePattern.of(Pattern.compile("(?<![\\d.])" + day + "[./](?<mn>[01]?\\d)[./]" + yr + "(?!\\d)")));
    }

    /**
     * The patterns that name a month, their alternations holding {@code names} only, in the order of
     * {@link #monthNames}. Empty when no name is given: an empty alternation would match everywhere.
     */
    private MonthPatterns compileMonthPatterns(BitSet names) {
        List<String> chosen = names.stream().mapToObj(monthNames::get).toList();
        if (chosen.isEmpty()) {
            return MonthPatterns.NONE;
        }
        String month = "(?<m>" + alternation(chosen) + ")\\.?";
        String day = "(?<d>[0-3]?\\d)";
        String yr = "(?<y>(?:1[89]|20)\\d\\d)";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        List<DatePattern> named = new ArrayList<>();
        named.add(DatePattern.of(Pattern.compile("(?<![\\p{L}])" + month + "\\s+" + day + "(?:st|nd|rd|th)?,?\\s+" + yr
                + "(?!\\d)", flags)));
        named.add(DatePattern.of(Pattern.compile("(?<![\\d\\p{L}])" + day + "(?:st|nd|rd|th|er|º|°|\\.)?\\s+(?:de\\s+)?"
                + month + ",?\\s+(?:de\\s+|del\\s+)?" + yr + "(?!\\d)", flags)));
        named.add(DatePattern.of(Pattern.compile("(?<![\\p{L}])" + month + ",?\\s+(?:de\\s+|del\\s+)?" + yr + "(?!\\d)",
                flags)));
        named.add(DatePattern.of(Pattern.compile("(?<![\\p{L}])" + month + "\\s+" + day
                + "(?:st|nd|rd|th)?(?![\\d\\p{L}])", flags)));
        named.add(DatePattern.of(Pattern.compile("(?<![\\d\\p{L}])" + day + "(?:st|nd|rd|th|er|º|°|\\.)?\\s+(?:de\\s+)?"
                + month + "(?![\\p{L}])", flags)));
        List<String> full = chosen.stream().filter(n -> n.length() > 3).toList();
        DatePattern alone = full.isEmpty() ? null : DatePattern.of(Pattern.compile("(?<![\\p{L}])(?:in|since|early|"
                + "late|mid|mid-|until|till|by|from|during|last|this|next|a|nel|di|en|im|seit|desde|de|в)\\s+(?<m>"
                + alternation(full) + ")(?![\\p{L}])", flags));
        return new MonthPatterns(List.copyOf(named), alone);
    }

    private static String alternation(List<String> names) {
        return names.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /**
     * The month names that can match somewhere in the text, and where. A case-insensitive alternation of some hundred names
     * costs a case fold per character per name at every position of the text, the bulk of ingestion's time; a
     * text names a handful of months at most, and an alternative that cannot match anywhere never changes what
     * the pattern finds, so the patterns are run with just these names.
     *
     * <p>Why this finds every name that can match: in each pattern a month name has a non-letter (or the text's
     * edge) on both sides, so it is a whole run of letters; the regex compares a text character c with a name's
     * character n as {@code n == c || n == fold(c)} (fold = lower case of upper case, n already folded), which is
     * {@code n == fold(c)} because folding the names' characters changes nothing more. So a name matches only a
     * letter run whose folded form is the name's. Names for which that reasoning does not hold (a character that is
     * not a letter, or a non-letter character that folds to one of theirs) are in {@link #alwaysTried}. A match
     * lies around the name it contains (see {@link Windows}), so the patterns search only there.
     */
    MonthScan scanForMonthNames(String text) {
        BitSet found = (BitSet) alwaysTried.clone();
        Windows windows = new Windows(text);
        StringBuilder run = new StringBuilder(longestName);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Words.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int hash = 0; // String's hash of the folded run, computed in the pass that finds the run
            for (char c; i < n && Words.isLetter(c = text.charAt(i)); i++) {
                hash = 31 * hash + FOLD[c];
            }
            if (i - start >= shortestName && i - start <= longestName && foldedNameHashes.get(hashBit(hash))) {
                run.setLength(0);
                for (int k = start; k < i; k++) {
                    run.append(FOLD[text.charAt(k)]);
                }
                Integer index = monthIndexByFold.get(run.toString());
                if (index != null) {
                    found.set(index);
                    windows.around(start, i);
                }
            }
        }
        // a name the scan cannot vouch for may match anywhere
        return new MonthScan(found, alwaysTried.isEmpty() ? windows.merged() : new int[] {0, n});
    }

    /**
     * The month names that can match in a text, and the stretches of it where a month-name pattern can match:
     * {@code windows} holds disjoint [start, end) pairs in text order.
     */
    record MonthScan(BitSet names, int[] windows) {
    }

    /**
     * The stretch around a month name that a match of a month-name pattern containing it can cover. Every such
     * pattern is at most two whitespace-separated tokens either side of the name's token ("12th de marzo de 2020",
     * "in mid-May", "March 3, 2024"): a day, "de", a preposition before; a day, "de"/"del", a year after. The
     * whitespace is what the patterns' \s matches. Lookarounds read past a stretch (transparent bounds), so a
     * match found inside one is exactly the match found in the whole text.
     */
    private static final class Windows {
        private final String text;
        private final List<int[]> spans = new ArrayList<>();

        Windows(String text) {
            this.text = text;
        }

        void around(int start, int end) {
            int from = skipTokenBackward(start);
            for (int t = 0; t < 2; t++) {
                from = skipTokenBackward(skipSpaceBackward(from));
            }
            int to = skipTokenForward(end);
            for (int t = 0; t < 2; t++) {
                to = skipTokenForward(skipSpaceForward(to));
            }
            spans.add(new int[] {from, to});
        }

        int[] merged() {
            int[] out = new int[spans.size() * 2];
            int n = 0;
            for (int[] span : spans) {
                if (n > 0 && span[0] <= out[n - 1]) {
                    out[n - 1] = Math.max(out[n - 1], span[1]);
                } else {
                    out[n++] = span[0];
                    out[n++] = span[1];
                }
            }
            return java.util.Arrays.copyOf(out, n);
        }

        private int skipSpaceBackward(int i) {
            while (i > 0 && regexSpace(text.charAt(i - 1))) {
                i--;
            }
            return i;
        }

        private int skipTokenBackward(int i) {
            while (i > 0 && !regexSpace(text.charAt(i - 1))) {
                i--;
            }
            return i;
        }

        private int skipSpaceForward(int i) {
            while (i < text.length() && regexSpace(text.charAt(i))) {
                i++;
            }
            return i;
        }

        private int skipTokenForward(int i) {
            while (i < text.length() && !regexSpace(text.charAt(i))) {
                i++;
            }
            return i;
        }

        /** What \s matches without UNICODE_CHARACTER_CLASS. */
        private static boolean regexSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }
    }

    private MonthPatterns monthPatterns(BitSet names) {
        MonthPatterns cached = monthPatternsByNames.get(names);
        if (cached != null) {
            return cached;
        }
        MonthPatterns compiled = compileMonthPatterns(names);
        if (monthPatternsByNames.size() < MAX_CACHED_NAME_SETS) {
            monthPatternsByNames.putIfAbsent(names, compiled);
        }
        return compiled;
    }

    /** What the regex engine compares under CASE_INSENSITIVE and UNICODE_CASE: lower case of upper case. */
    private static char fold(char c) {
        return (char) Character.toLowerCase(Character.toUpperCase((int) c));
    }

    /** {@link #fold(char)} of every char, looked up instead of computed in the scan of every letter run. */
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLD[c] = fold((char) c);
        }
    }

    /**
     * The bit of {@link #foldedNameHashes} for a hash (String's) of folded characters. A letter run whose folded
     * form is a key of {@link #monthIndexByFold} always finds its bit set; almost every other word of a text is
     * turned away by it without building its folded string.
     */
    private static int hashBit(int hash) {
        return (hash ^ (hash >>> 16)) & 0xFFFF;
    }

    private static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(fold(s.charAt(i)));
        }
        return sb.toString();
    }

    /** Every character folds to a letter that folding leaves alone. */
    private static boolean foldsToLetters(String name) {
        for (int i = 0; i < name.length(); i++) {
            char f = fold(name.charAt(i));
            if (!Character.isLetter(f) || fold(f) != f || Character.isSurrogate(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A non-letter character that folds to a character of a name would split the run the name stands in. */
    private void markNamesWithNonLetterLookalikes() {
        Set<Character> nameChars = new HashSet<>();
        for (String name : monthNames) {
            for (char c : fold(name).toCharArray()) {
                nameChars.add(c);
            }
        }
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (!Character.isLetter(ch) && nameChars.contains(fold(ch))) {
                char folded = fold(ch);
                for (int i = 0; i < monthNames.size(); i++) {
                    if (fold(monthNames.get(i)).indexOf(folded) >= 0) {
                        alwaysTried.set(i);
                    }
                }
            }
        }
    }

    public static DateParser get() {
        return INSTANCE;
    }

    /** Every date mention in the text, in text order; a span is counted once, by its most specific reading. */
    public List<DateMention> mentions(String text) {
        List<DateMention> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        // four patterns start at a number: the numbers are found once, not once per pattern
        int[] numbers = numberStarts(text);
        for (DatePattern p : numeric) {
            Matcher m = transparent(p.pattern(), text);
            for (int from = 0; findFromDigit(m, numbers, from); from = m.end()) {
                take(p, m, text, taken, found);
            }
        }
        MonthScan scan = scanForMonthNames(text);
        MonthPatterns withNames = monthPatterns(scan.names());
        Numbers inWindows = new Numbers(text, numbers, scan.windows());
        for (DatePattern p : withNames.named()) {
            collect(p, text, scan.windows(), inWindows, taken, found);
        }
        if (withNames.alone() != null) {
            collect(withNames.alone(), text, scan.windows(), inWindows, taken, found);
        }
        boolean[] inRange = new boolean[text.length() + 1];
        Matcher r = transparent(YEAR_RANGE, text);
        for (int from = 0; findFromDigit(r, numbers, from); from = r.end()) {
            for (int i = r.start(); i < r.end(); i++) {
                inRange[i] = true;
            }
        }
        Matcher y = transparent(year, text);
        for (int from = 0; findFromDigit(y, numbers, from); from = y.end()) {
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
        // a header line with a desk, a weekday and a note: "Eurasia Desk live coverage | Wednesday, 23 October 2024 |
        // refreshed automatically"; the label rules, not the length, keep sentences out
        if (s.isEmpty() || s.length() > MAX_DATE_LINE) {
            return Optional.empty();
        }
        String rest = DATE_LINE_PREFIX.matcher(s).replaceFirst("");
        Optional<LocalDate> plain = leadingDate(withoutWeekday(rest));
        if (plain.isPresent()) {
            return plain;
        }
        Matcher label = DATE_LINE_LABEL.matcher(rest);
        // "Flows stopped on Tuesday, March 3, 2024" is a sentence that ends in a date, not a labelled date line
        return label.find() && label.end() < rest.length() && !WEEKDAY_END.matcher(label.group()).find()
                ? leadingDate(withoutWeekday(rest.substring(label.end()))) : Optional.empty();
    }

    private static final int MAX_DATE_LINE = 90;
    private static final Pattern LEADING_WEEKDAY = Pattern.compile(
            "^(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\.?,?\\s+");

    /** A header's date headed by its weekday ("Saturday, 10 August 2024", "Desk | Monday 2 December 2024"). */
    private static String withoutWeekday(String rest) {
        return LEADING_WEEKDAY.matcher(rest).replaceFirst("");
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
        String clause = clauseBefore(text, start);
        return mayBeFutureClause(clause) && FUTURE_CLAUSE.matcher(clause).find();
    }

    /** {@link #futureClause} as first written: the pattern alone. */
    static boolean futureClauseByPattern(String text, int start) {
        return FUTURE_CLAUSE.matcher(clauseBefore(text, start)).find();
    }

    /** The sentence before {@code start}, at most 80 characters of it. */
    private static String clauseBefore(String text, int start) {
        int from = Math.max(0, start - 80);
        for (int i = start - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == ';' || c == '\n' || c == '?' || c == '!') {
                from = i + 1;
                break;
            }
        }
        return text.substring(from, start);
    }

    /**
     * Letters every alternative of FUTURE_CLAUSE contains ("plan" for "plans to", "planned", "planning to"; "is to"
     * with its one space, as the pattern writes it).
     */
    private static final String[] FUTURE_CUES = {"will", "shall", "plan", "aim", "intend", "expect", "scheduled",
        "set to", "due to ", "is to", "are to", "going to", "hope", "would ", "could "};

    /**
     * False only when FUTURE_CLAUSE cannot match the clause: none of {@link #FUTURE_CUES} is in it, compared as the
     * pattern compares (CASE_INSENSITIVE without UNICODE_CASE: ASCII letters in either case). A clause with a
     * character outside ASCII that case-maps into it (the Kelvin sign, a dotted capital I) is not judged here. Most
     * clauses before a date hold no cue, and this costs a few scans where the pattern tries a dozen alternatives at
     * every position (DateParserTest checks it against the pattern alone).
     */
    static boolean mayBeFutureClause(String clause) {
        char[] folded = new char[clause.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = clause.charAt(i);
            if (c >= 128 && (Character.toLowerCase(c) < 128 || Character.toUpperCase(c) < 128)) {
                return true;
            }
            folded[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        String lower = new String(folded);
        for (String cue : FUTURE_CUES) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    // what may follow a date line's date, compiled once (String.replaceFirst/replaceAll compiled them on every call)
    private static final Pattern AGENCY_NOTE = Pattern.compile("^\\s*\\([^()]{1,30}\\)");
    private static final Pattern BAR_NOTE = Pattern.compile("^\\s*[|·•]\\s*(?:[\\p{L}][\\p{L}'’-]*\\s*){1,5}$");
    private static final Pattern TIME_AND_SEPARATORS = Pattern.compile("[\\s|,·•\\-–—:0-9apmAPMutcUTChH.]+");

    private Optional<LocalDate> leadingDate(String rest) {
        for (DateMention m : mentions(rest)) {
            if (m.isFull() && m.start() <= 4) {
                // "(Agency)" after a dateline's date is part of the line
                // so is a short note after a bar: "| refreshed automatically"
                String after = AGENCY_NOTE.matcher(rest.substring(m.end())).replaceFirst("");
                after = BAR_NOTE.matcher(after).replaceFirst("");
                after = TIME_AND_SEPARATORS.matcher(after).replaceAll("");
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

    /**
     * The pattern's matches within the given [start, end) stretches, which hold every match it can have in the
     * text: the same matches, in the same order, as a search of the whole text. A stretch without the number the
     * pattern needs (a day, a year) is skipped: every such pattern's day and year are ASCII digits that start a
     * number, and a match lies inside its stretch.
     */
    private void collect(DatePattern p, String text, int[] windows, Numbers numbers, boolean[] taken,
                         List<DateMention> out) {
        Matcher m = transparent(p.pattern(), text);
        for (int w = 0; w < windows.length; w += 2) {
            if (p.hasYear() ? !numbers.year(w / 2) : p.hasDay() && !numbers.any(w / 2)) {
                continue;
            }
            m.region(windows[w], windows[w + 1]);
            while (m.find()) {
                take(p, m, text, taken, out);
            }
        }
    }

    /**
     * Which stretches hold a number ({@link #any}) and which a number that can be a pattern's year, four digits
     * from 1800 to 2099 ({@link #year}).
     */
    private static final class Numbers {
        private final BitSet any = new BitSet();
        private final BitSet year = new BitSet();

        Numbers(String text, int[] numberStarts, int[] windows) {
            for (int w = 0; w < windows.length; w += 2) {
                int k = java.util.Arrays.binarySearch(numberStarts, windows[w]);
                for (int i = k >= 0 ? k : -k - 1; i < numberStarts.length && numberStarts[i] < windows[w + 1]; i++) {
                    any.set(w / 2);
                    if (yearDigits(text, numberStarts[i])) {
                        year.set(w / 2);
                        break;
                    }
                }
            }
        }

        /** (?:1[89]|20)\d\d at {@code start}. */
        private static boolean yearDigits(String text, int start) {
            if (start + 4 > text.length() || !digit(text.charAt(start + 2)) || !digit(text.charAt(start + 3))) {
                return false;
            }
            char a = text.charAt(start);
            char b = text.charAt(start + 1);
            return a == '1' && (b == '8' || b == '9') || a == '2' && b == '0';
        }

        boolean any(int window) {
            return any.get(window);
        }

        boolean year(int window) {
            return year.get(window);
        }
    }

    /** Keeps a match as a mention unless a more specific pattern already took its span. */
    private void take(DatePattern p, Matcher m, String text, boolean[] taken, List<DateMention> out) {
        if (taken[m.start()] || taken[m.end() - 1]) {
            return;
        }
        DateMention mention = toMention(p, m, text);
        if (mention != null) {
            out.add(mention);
            for (int i = m.start(); i < m.end(); i++) {
                taken[i] = true;
            }
        }
    }

    /** A matcher whose lookarounds see the whole text whatever region it searches. */
    private static Matcher transparent(Pattern p, String text) {
        return p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * {@link Matcher#find(int)} for a pattern whose every match starts with an ASCII digit (what \d matches) that
     * follows no digit (each such pattern opens with a lookbehind that rules one out): it is tried only at the
     * first digit of a number ({@code numbers}, from {@link #numberStarts}), where the regex engine would try it at
     * every position of the text.
     */
    private static boolean findFromDigit(Matcher m, int[] numbers, int from) {
        int k = java.util.Arrays.binarySearch(numbers, from);
        int textEnd = m.regionEnd(); // every region searched here ends at the text's end
        for (int i = k >= 0 ? k : -k - 1; i < numbers.length; i++) {
            if (m.region(numbers[i], textEnd).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Where each number of the text starts: an ASCII digit that follows no digit, in text order. */
    private static int[] numberStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        boolean previousDigit = false;
        for (int i = 0; i < text.length(); i++) {
            boolean d = digit(text.charAt(i));
            if (d && !previousDigit) {
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i;
            }
            previousDigit = d;
        }
        return java.util.Arrays.copyOf(starts, n);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private DateMention toMention(DatePattern p, Matcher m, String text) {
        int month = month(p, m);
        if (month == 0) {
            return null;
        }
        int y = p.hasYear() ? group(m, "y") : 0;
        int d = p.hasDay() ? group(m, "d") : 0;
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
        String first = firstToken(m.group()).toLowerCase(Locale.ROOT);
        boolean future = future(text, m.start()) || FUTURE_WORDS.contains(first) || futureClause(text, m.start());
        return new DateMention(y, month, d, m.start(), m.end(), future);
    }

    /** {@code s.split("\\s+", 2)[0]} without a pattern: up to the first whitespace \s matches ("" at the start). */
    static String firstToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Windows.regexSpace(s.charAt(i))) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private int month(DatePattern p, Matcher m) {
        if (p.hasMonthNumber()) {
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

    /** The number in a group the pattern has; 0 when it took no part in the match. */
    private static int group(Matcher m, String name) {
        return m.group(name) != null ? Integer.parseInt(m.group(name)) : 0;
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
