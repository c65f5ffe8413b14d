package io.geowire.extract.internal;

import io.geowire.model.CalendarWords;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in raw sentence text and resolves them to "YYYY-MM-DD" or "YYYY-MM" against the
 * article's publication date (or, without one, a reference year guessed from the text).
 */
public final class DateResolver {
    /**
     * A date expression: offsets in the article text, resolved value, whether it bounds a period ("since May", "by
     * 2030", a dateline) rather than dates an event, and whether it lies after the publication date plus
     * {@link #GRACE_DAYS} (a plan, a schedule, a threat: never a disruption that already happened).
     */
    public record Mention(int start, int end, String value, boolean bound, boolean future) {
        public Mention(int start, int end, String value, boolean bound) {
            this(start, end, value, bound, false);
        }
    }

    /** Days after the publication date that still count as reported fact ("flows will stop tomorrow"). */
    public static final int GRACE_DAYS = 2;

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("2", 2), Map.entry("3", 3), Map.entry("4", 4), Map.entry("5", 5));

    private final Map<String, Integer> months = new HashMap<>();
    /** Words that can start or end a relative date expression (see {@link #relativeDays}). */
    private static final java.util.Set<String> RELATIVE_WORDS = java.util.Set.of("day", "days", "week", "weeks",
            "month", "months", "yesterday", "today", "tonight", "tomorrow", "weekend", "morning", "afternoon",
            "evening");
    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private final Pattern dayFirst;
    private final Pattern monthFirst;
    private final Pattern monthOnly;
    /** Month names as the three month patterns match them (case-sensitive): a text without any has no match. */
    private final List<String> writtenMonths = new ArrayList<>();
    /**
     * Groups: 1 count, 2 and 3 unit and direction of days ("two days later", "a day before"), 4 and 5 those of weeks
     * or months ("a month later", "three weeks ago": "a week before X" is a preposition, not a date); 6 a fixed
     * phrase ("yesterday", "last month", "this week"); 7 a weekday's qualifier, 8 the weekday ("on Monday", "last
     * Friday", "said Tuesday").
     */
    private final Pattern relativeDays = Pattern.compile(
            "(?i)\\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (?:(days?) (later|after|afterwards|"
                    + "earlier|before|ago)|(weeks?|months?) (later|afterwards|earlier|ago))\\b"
                    + "|\\b(the next day|the following day|the previous day|the same day|yesterday|today|tonight"
                    + "|this morning|this afternoon|this evening|tomorrow|last month|next month|earlier this month|later this month|this month|this past month"
                    + "|last week|next week|earlier this week|later this week|this week|this past week"
                    + "|(?:over|at|during) the weekend)\\b"
                    + "|\\b(on |last |next |this |since |until |by |later on |early on |late on |from )?"
                    + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    /** Wording that puts a date in the future: "will meet on Monday", "is scheduled for June", "next week". */
    private static final Pattern FUTURE_CUE = Pattern.compile(
            "(?i)\\b(?:will|shall|wo n't|won't|'ll|plans? to|planned for|planning to|expected to|expects? to"
                    + "|scheduled|is set to|are set to|is due|are due|due to (?:be|start|begin|open|resume|meet)"
                    + "|intends? to|aims? to|should|is to|are to|next|upcoming)\\b");
    /** A speech verb right before a date dates the statement, in the past: "said on Tuesday", "told ... Monday". */
    private static final Pattern SPOKE_BEFORE = Pattern.compile(
            "(?i)\\b(?:said|says|told [\\w ]{1,20}?|added|announced|stated|confirmed|reported|wrote)\\s*$");
    private final Pattern byline;
    private final Pattern dateline;
    private final Pattern yearlessDateline;

    public DateResolver() {
        List<String> names = new ArrayList<>();
        for (CalendarWords.MonthName name : CalendarWords.get().months()) {
            // English and German capitalise months: matched as written, so "may" and "march" stay words
            String written = name.capitalised()
                    ? name.spelling().substring(0, 1).toUpperCase(Locale.ROOT) + name.spelling().substring(1)
                    : name.spelling();
            months.put(name.spelling(), name.month());
            writtenMonths.add(written);
            names.add(Pattern.quote(written));
        }
        names.sort((a, b) -> b.length() - a.length());
        String m = "(" + String.join("|", names) + ")";
        String qualifier = "(?:(early|mid|late|the end of|the beginning of|this past|last|since|until|till|by|before|from)[ -]+)?";
        dayFirst = Pattern.compile(qualifier + "\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? " + m + "\\b\\.?(?:,? (\\d{4})(?!\\d))?");
        monthFirst = Pattern.compile(qualifier + "\\b" + m + "\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4})(?!\\d))?");
        // "(?!\\d)": the year is four digits, not the start of a longer number ("September 209487 barrels")
        monthOnly = Pattern.compile(qualifier + "\\b" + m + "\\b(?: (?:of )?(\\d{4})(?!\\d))?");
        byline = Pattern.compile("^\\s*(?:(\\d{1,2}) " + m + "|" + m + " (\\d{1,2}),?) (\\d{4})\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // "Analysis | June 12, 2025", "Published March 2, 2024", "BUDAPEST, Aug 19, 2025 (Agency) - ..."
        dateline = Pattern.compile("^[^\\n]{0,60}?\\b(?:(\\d{1,2}) " + m + "|" + m + "\\.? (\\d{1,2}),?) (\\d{4})\\b",
                Pattern.UNICODE_CASE);
        yearlessDateline = Pattern.compile("^[^\\n]{0,60}?\\b(?:(\\d{1,2}) " + m + "|" + m + "\\.? (\\d{1,2}))\\b(?!,? \\d{4})",
                Pattern.UNICODE_CASE);
    }

    /**
     * A publication date written as a line of its own ("July 13, 2022", "09 settembre 2022"), else a full date at the
     * start of one of the first lines (a dateline: "ANKARA, June 4, 2024 (Agency) -", "Analysis | June 12, 2025"), or null.
     */
    public LocalDate bylineDate(String text) {
        LocalDate own = ownLineDate(text);
        return own != null ? own : datelineDate(text);
    }

    /**
     * The month and day of a dateline that names no year ("BRUSSELS, Dec 15 (Agency) -", "Live | Friday 9 May"), or
     * null: ingest estimates its year, and the day it states is then the stated publication day.
     */
    public java.time.MonthDay yearlessDatelineDay(String text) {
        for (String line : CalendarWords.openingLines(text)) {
            Matcher m = yearlessDateline.matcher(line);
            if (m.find() && CalendarWords.framesDateline(line, 0, m.start(1) >= 0 ? m.start(1) : m.start(3),
                    m.end())) {
                try {
                    int day = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
                    return java.time.MonthDay.of(month(m.group(2) != null ? m.group(2) : m.group(3)), day);
                } catch (RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private LocalDate datelineDate(String text) {
        for (String line : CalendarWords.openingLines(text)) {
            Matcher m = dateline.matcher(line);
            if (m.find()) {
                LocalDate d = date(m);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private LocalDate date(Matcher m) {
        try {
            int day = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
            int month = month(m.group(2) != null ? m.group(2) : m.group(3));
            return LocalDate.of(Integer.parseInt(m.group(5)), month, day);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private LocalDate ownLineDate(String text) {
        int lines = 0;
        for (String line : text.split("\n")) {
            if (line.length() > 40) {
                continue;
            }
            if (++lines > 400) {
                break;
            }
            Matcher m = byline.matcher(line);
            if (m.matches()) {
                try {
                    int day = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
                    int month = month(m.group(2) != null ? m.group(2) : m.group(3));
                    return LocalDate.of(Integer.parseInt(m.group(5)), month, day);
                } catch (RuntimeException e) {
                    continue;
                }
            }
        }
        return null;
    }

    /** False when no token of the sentence can start a date expression (skips the regexes). */
    public boolean mayContainDate(NormSentence s) {
        for (Tok t : s.toks) {
            String w = t.norm;
            if (months.containsKey(w) || RELATIVE_WORDS.contains(w) || w.endsWith("day") && WEEKDAYS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean namesAMonth(String s) {
        for (String month : writtenMonths) {
            if (s.contains(month)) {
                return true;
            }
        }
        return false;
    }

    /** Date mentions in text[from, to) in order of position. */
    public List<Mention> find(String text, int from, int to, Context ctx) {
        List<Mention> out = new ArrayList<>();
        String s = text.substring(from, to);
        boolean[] taken = new boolean[s.length() + 1];
        // the month patterns try their alternations at every position, which made them the costliest regexes of
        // extraction; each match contains a month name as written, so a text without one skips all three
        if (namesAMonth(s)) {
            scan(dayFirst, text, from, s, ctx, out, taken, true, 3, 2, 4);
            scan(monthFirst, text, from, s, ctx, out, taken, true, 2, 3, 4);
            scan(monthOnly, text, from, s, ctx, out, taken, false, 2, -1, 3);
        }
        relative(s, from, ctx, out, taken);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        ctx.record(out);
        return out;
    }

    /**
     * Date mentions of a sentence; relative expressions are also read on the normalised (spinner-corrected) tokens,
     * so a spun "final month" is "last month".
     */
    public List<Mention> find(String text, NormSentence ns, Context ctx) {
        List<Mention> out = find(text, ns.start, ns.end, ctx);
        if (!out.isEmpty()) {
            return out;
        }
        Matcher m = relativeDays.matcher(mayHoldRelativeDate(ns.text) ? ns.text : "");
        while (m.find()) {
            int a = ns.tokenAt(m.start());
            int b = ns.lastTokenBefore(m.end());
            Mention r = ctx.relative(m, futureCue(ns.text, m.start(), m.end()));
            out.add(new Mention(ns.toks.get(a).start, ns.toks.get(b).end, r.value(), r.bound(), r.future()));
        }
        ctx.record(out);
        return out;
    }

    /**
     * The latest year the text names as a time things happened, or null: not a deadline ("by 2030", "until 2035",
     * "by the end of 2027"), not a plan or target ("Vision 2030", "the 2030 target", "Strategy 2050"), not either end
     * of a year range ("2020–2030", "the 2024-2028 plan"), not a year in a sentence about the future ("will open in
     * 2027"). An undated article is taken to be written in that year (the reference year of year-less dates).
     */
    public static Integer latestWrittenYear(String text) {
        Integer best = null;
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            if (!writtenYear(text, m.start(), m.end())) {
                continue;
            }
            int y = Integer.parseInt(m.group(1));
            best = best == null ? y : Math.max(best, y);
        }
        return best;
    }

    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
    private static final Pattern DEADLINE_BEFORE = Pattern.compile(
            "(?i)\\b(?:by|until|till|through|to|before|from|towards?|beyond|(?:by|until|before) (?:the )?"
                    + "(?:end|middle|start|beginning|close) of)\\s+$");
    private static final Pattern TARGET_NAME_BEFORE = Pattern.compile(
            "(?i)\\b(?:vision|agenda|strategy|target|plan|programme|program|horizon|goal)\\s+$");
    private static final Pattern TARGET_NOUN_AFTER = Pattern.compile(
            "(?i)^\\s*(?:targets?|goals?|deadline|agenda|strategy|plan|programme|program|vision|horizon|ambitions?)\\b");
    private static final Pattern RANGE_NEIGHBOUR = Pattern.compile("(?:19|20)\\d\\d\\s*[-–—/]\\s*$");
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*[-–—/]\\s*(?:(?:19|20)\\d\\d|\\d\\d)\\b");

    /** True when the year at text[start, end) is a time of events rather than a deadline, target or range end. */
    static boolean writtenYear(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 30), start);
        String after = text.substring(end, Math.min(text.length(), end + 20));
        if (DEADLINE_BEFORE.matcher(before).find() || TARGET_NAME_BEFORE.matcher(before).find()
                || TARGET_NOUN_AFTER.matcher(after).find() || RANGE_NEIGHBOUR.matcher(before).find()
                || RANGE_AFTER.matcher(after).find()) {
            return false;
        }
        String window = text.substring(Math.max(0, start - 80), start);
        int sentenceStart = Math.max(window.lastIndexOf(". "), window.lastIndexOf('\n')) + 1;
        return !futureBefore(window.substring(sentenceStart));
    }

    private static boolean futureBefore(String clause) {
        return FUTURE_CUE.matcher(clause).find();
    }

    /**
     * True when the sentence s puts the date at s[start, end) in the future. A date right after a speech verb
     * ("said on Monday") dates the statement; otherwise a future cue ("will", "is scheduled", "next") earlier in its
     * clause counts, and for a date opening the sentence ("In June, the line will close") one in the words after it.
     */
    static boolean futureCue(String s, int start, int end) {
        String before = s.substring(Math.max(0, start - 60), start);
        if (SPOKE_BEFORE.matcher(before).find()) {
            return false;
        }
        int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), before.lastIndexOf(':'));
        if (futureBefore(before.substring(clause + 1))) {
            return true;
        }
        if (start <= 15) {
            String rest = s.substring(end, Math.min(s.length(), end + 60));
            Matcher spoke = Pattern.compile("(?i)\\b(?:said|says|told|added|announced)\\b").matcher(rest);
            return futureBefore(spoke.find() ? rest.substring(0, spoke.start()) : rest);
        }
        return false;
    }

    /**
     * A dateline's date ("TBILISI, May 20, 2023 (Agency) -", "Analysis | June 12, 2025"): it dates the article, not
     * the events of its first sentence.
     */
    private static boolean inDateline(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (start - lineStart > 60 || lineStart > 2000) {
            return false;
        }
        int lines = 0;
        for (String l : text.substring(0, lineStart).split("\n")) {
            lines += l.isBlank() ? 0 : 1;
        }
        return lines < CalendarWords.DATELINE_LINES && CalendarWords.framesDateline(text, lineStart, start, end);
    }

    private void scan(Pattern p, String text, int base, String s, Context ctx, List<Mention> out, boolean[] taken,
                      boolean withDay, int monthGroup, int dayGroup, int yearGroup) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            if (taken[m.start(monthGroup)]) {
                continue;
            }
            String monthName = m.group(monthGroup);
            if (!plausibleMonth(monthName, s, m.end(monthGroup), withDay)) {
                continue;
            }
            int month = month(monthName);
            String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            boolean bound = qualifier.equals("since") || qualifier.equals("until") || qualifier.equals("till")
                    || qualifier.equals("by") || qualifier.equals("before")
                    || inDateline(text, base + m.start(monthGroup), base + m.end());
            boolean ahead = qualifier.equals("until") || qualifier.equals("till") || qualifier.equals("by")
                    || futureCue(s, m.start(), m.end());
            int day = withDay ? Integer.parseInt(m.group(dayGroup)) : 0;
            int first = m.start();
            if (withDay && dayGroup < monthGroup && m.group(1) == null) {
                // "on 19-20 January": a span of days is dated by its first day
                Matcher range = RANGE_START.matcher(s).region(Math.max(0, m.start(dayGroup) - 6), m.start(dayGroup));
                if (range.find()) {
                    day = Integer.parseInt(range.group(1));
                    first = range.start();
                }
            }
            Integer year = m.group(yearGroup) != null ? Integer.valueOf(m.group(yearGroup)) : ctx.yearFor(month, day, ahead);
            if (m.group(yearGroup) == null && !ahead) {
                year = storyYear(text, base + m.start(), base + m.end(), year);
            }
            String value = null;
            if (year != null) {
                if (withDay) {
                    value = day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()
                            ? String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day) : null;
                } else {
                    value = String.format(Locale.ROOT, "%04d-%02d", year, month);
                }
            }
            for (int k = m.start(); k < m.end(); k++) {
                taken[k] = true;
            }
            out.add(new Mention(base + first, base + m.end(), value, bound, ctx.planned(value)));
        }
    }

    /** The first day of a span written before a day-first date: "19-" or "19 – " in "19-20 January". */
    private static final Pattern RANGE_START = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[-–]\\s*$");

    private static final Pattern THAT_YEAR = Pattern.compile("^(?:,)?\\s+(?:of )?(?:that|the same) year\\b");
    private static final Pattern POINT_YEAR = Pattern.compile(
            "\\b(?:[Ii]n|[Dd]uring|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+((?:19|20)\\d\\d)\\b(?!\\s*[-–—/]\\s*\\d)");

    /**
     * The year of a year-less past date told inside a story about an earlier year: "The trouble came in 2022. In
     * March of that year a storm ...; in July a court ...". The last year named as a point in time ("in 2022",
     * "during 2021", not "since 2022", not a target or range) earlier in the same paragraph wins when it lies before
     * the year the publication date gives; "of that year" also looks into earlier paragraphs. Else {@code year}.
     */
    private static Integer storyYear(String text, int start, int end, Integer year) {
        boolean thatYear = THAT_YEAR.matcher(text.substring(end, Math.min(text.length(), end + 20))).find();
        int from = thatYear ? Math.max(0, start - 2000) : text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        Matcher y = POINT_YEAR.matcher(text).region(Math.max(from, start - 1500), start);
        Integer story = null;
        while (y.find()) {
            if (writtenYear(text, y.start(1), y.end(1))) {
                story = Integer.valueOf(y.group(1));
            }
        }
        if (story == null || year != null && story >= year) {
            return year;
        }
        return story;
    }

    /** "May" and "Mar" are also words: accept them only capitalised, "Might" (spun "May") only before a day. */
    private static boolean plausibleMonth(String name, String s, int end, boolean withDay) {
        if (!Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        if (name.equals("Might")) {
            return withDay;
        }
        if (name.equals("May") && !withDay) {
            // "May" as a modal verb is followed by a verb; as a month by a year, punctuation or a preposition
            String rest = s.substring(end).stripLeading();
            return rest.isEmpty() || !Character.isLetter(rest.charAt(0)) || rest.startsWith("to ")
                    || rest.startsWith("and ") || rest.startsWith("when ") || rest.startsWith("this ")
                    || rest.startsWith("that ");
        }
        return true;
    }

    private void relative(String s, int base, Context ctx, List<Mention> out, boolean[] taken) {
        if (!mayHoldRelativeDate(s)) {
            return;
        }
        Matcher m = relativeDays.matcher(s);
        while (m.find()) {
            if (taken[m.start()]) {
                continue;
            }
            Mention r = ctx.relative(m, futureCue(s, m.start(), m.end()));
            out.add(new Mention(base + m.start(), base + m.end(), r.value(), r.bound(), r.future()));
        }
    }

    /**
     * False when {@link #relativeDays} cannot match: each of its alternatives contains "day" (weekdays too), "week",
     * "month", "tonight", "tomorrow" or "this morning/afternoon/evening", and its case-insensitivity is ASCII only, which lower-casing covers.
     */
    static boolean mayHoldRelativeDate(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.contains("day") || lower.contains("week") || lower.contains("month") || lower.contains("tonight")
                || lower.contains("tomorrow") || lower.contains("this morning") || lower.contains("this afternoon")
                || lower.contains("this evening");
    }

    private int month(String name) {
        return months.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Per-article date context: publication date (or dateline), reference year, the last absolute date seen, and
     * every mention found so far (for a sentence that continues the previous one: "He insisted, however, ...").
     */
    public static final class Context {
        private final LocalDate published;
        private final Integer referenceYear;
        private String lastDay;
        private String lastMonth;
        private final List<Mention> recorded = new ArrayList<>();
        private final java.util.Set<Integer> recordedStarts = new java.util.HashSet<>();

        public Context(LocalDate published, Integer referenceYear) {
            this.published = published;
            this.referenceYear = referenceYear;
        }

        /** The publication (or dateline) date this context resolves against, or null. */
        public LocalDate published() {
            return published;
        }

        /** Kept for callers that know no tense: a past reading. */
        Integer yearFor(int month) {
            return yearFor(month, 0, false);
        }

        /**
         * The year of a year-less date. With a publication date: a past reading never lies after publication plus
         * the grace days (so "in May" published in March is last May); a future reading ("will open in February",
         * published in November) never lies before the publication month. Without one, the reference year.
         */
        Integer yearFor(int month, int day, boolean ahead) {
            if (published == null) {
                return referenceYear;
            }
            int y = published.getYear();
            if (ahead) {
                boolean before = day == 0 ? month < published.getMonthValue()
                        : safeDate(y, month, day).isBefore(published.minusDays(7));
                return before ? y + 1 : y;
            }
            boolean after = day == 0 ? month > published.getMonthValue()
                    : safeDate(y, month, day).isAfter(published.plusDays(GRACE_DAYS));
            return after ? y - 1 : y;
        }

        private static LocalDate safeDate(int y, int month, int day) {
            return LocalDate.of(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
        }

        /** True when the value's first day lies after the publication date plus {@link #GRACE_DAYS}. */
        public boolean planned(String value) {
            if (published == null || value == null || value.length() < 7) {
                return false;
            }
            try {
                LocalDate first = value.length() == 7 ? YearMonth.parse(value).atDay(1) : LocalDate.parse(value);
                return first.isAfter(published.plusDays(GRACE_DAYS));
            } catch (RuntimeException e) {
                return false;
            }
        }

        /**
         * The route status to report for an event of this date: a disruption or restoration dated after the
         * publication date (plus grace) has not happened yet, so it is a risk ("at_risk"), not a fact.
         */
        public String statusFor(String date, String status) {
            boolean fact = status.equals("disrupted") || status.equals("restored");
            return fact && planned(date) ? "at_risk" : status;
        }

        void seen(String value) {
            if (value != null && value.length() == 10) {
                lastDay = value;
                lastMonth = value.substring(0, 7);
            } else if (value != null && value.length() == 7) {
                lastMonth = value;
            }
        }

        void record(List<Mention> mentions) {
            for (Mention m : mentions) {
                if (recordedStarts.add(m.start())) {
                    recorded.add(m);
                }
            }
        }

        /** The first mention of text[from, to) that dates an event (not a bound, resolved), or null. */
        String firstDateIn(int from, int to) {
            // mentions are recorded roughly in text order and the sentence asked for is a recent one: scan back
            Mention first = null;
            int before = 0;
            for (int i = recorded.size() - 1; i >= 0 && before < 50; i--) {
                Mention m = recorded.get(i);
                if (m.start() < from) {
                    before++;
                } else if (m.end() <= to && !m.bound() && m.value() != null
                        && (first == null || m.start() < first.start())) {
                    first = m;
                }
            }
            return first == null ? null : first.value();
        }

        Mention relative(Matcher m, boolean ahead) {
            String v = relativeValue(m, ahead);
            boolean bound = m.group(7) != null && m.group(7).strip().matches("(?i)since|until|by");
            return new Mention(m.start(), m.end(), v, bound, planned(v));
        }

        /** Kept for callers that know no tense. */
        String relative(Matcher m) {
            return relativeValue(m, false);
        }

        private String relativeValue(Matcher m, boolean ahead) {
            String phrase = m.group().toLowerCase(Locale.ROOT);
            if (m.group(1) != null) {
                return counted(m, phrase);
            }
            if (m.group(8) != null) {
                return weekday(m.group(7) == null ? "" : m.group(7).strip().toLowerCase(Locale.ROOT),
                        m.group(8).toLowerCase(Locale.ROOT), ahead);
            }
            if (phrase.contains("next day") || phrase.contains("following day")) {
                return lastDay == null ? null : LocalDate.parse(lastDay).plusDays(1).toString();
            }
            if (phrase.contains("previous day")) {
                return lastDay == null ? null : LocalDate.parse(lastDay).minusDays(1).toString();
            }
            if (phrase.contains("same day")) {
                return lastDay;
            }
            if (published == null) {
                return null;
            }
            return switch (phrase) {
                case "yesterday" -> published.minusDays(1).toString();
                case "today", "tonight", "this morning", "this afternoon", "this evening" -> published.toString();
                case "tomorrow" -> published.plusDays(1).toString();
                case "last month", "this past month" -> YearMonth.from(published).minusMonths(1).toString();
                case "next month" -> YearMonth.from(published).plusMonths(1).toString();
                case "last week", "this past week" -> YearMonth.from(published.minusDays(7)).toString();
                case "next week" -> YearMonth.from(published.plusDays(7)).toString();
                case "earlier this week" -> YearMonth.from(published.minusDays(
                        Math.max(1, published.getDayOfWeek().getValue() - 1))).toString();
                default -> phrase.endsWith("weekend") ? weekday(ahead ? "next" : "", "saturday", ahead).substring(0, 7)
                        : YearMonth.from(published).toString();
            };
        }

        /** "two days later" (after the last day seen), "three weeks ago" (before publication), "a month later". */
        private String counted(Matcher m, String phrase) {
            Integer n = NUMBERS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (n == null) {
                n = Integer.parseInt(m.group(1));
            }
            String unit = (m.group(2) != null ? m.group(2) : m.group(4)).toLowerCase(Locale.ROOT);
            String dir = (m.group(3) != null ? m.group(3) : m.group(5)).toLowerCase(Locale.ROOT);
            boolean forward = dir.equals("later") || dir.equals("after") || dir.equals("afterwards");
            LocalDate from;
            if (dir.equals("ago")) {
                if (published == null) {
                    return null;
                }
                from = published;
            } else if (lastDay != null) {
                from = LocalDate.parse(lastDay);
            } else if (lastMonth != null && !unit.startsWith("day")) {
                from = YearMonth.parse(lastMonth).atDay(1);
            } else {
                return null;
            }
            int sign = forward ? 1 : -1;
            if (unit.startsWith("day")) {
                return from.plusDays((long) sign * n).toString();
            }
            // weeks and months are approximate: the month is all that is known
            LocalDate d = unit.startsWith("week") ? from.plusWeeks((long) sign * n) : from.plusMonths((long) sign * n);
            return YearMonth.from(d).toString();
        }

        /**
         * Wire copy names days of the current week: "on Monday" is the last Monday up to the publication day ("on
         * Tuesday" in a Tuesday dateline is that day); "last Monday" is strictly before it; "next Monday" or a
         * future reading ("will meet on Monday") is the first one after it.
         */
        private String weekday(String qualifier, String day, boolean ahead) {
            if (published == null) {
                return null;
            }
            int want = WEEKDAYS.indexOf(day) + 1;
            int now = published.getDayOfWeek().getValue();
            if (qualifier.equals("next") || qualifier.equals("until") || qualifier.equals("by")
                    || ahead && !qualifier.equals("last") && !qualifier.equals("since")) {
                int fwd = (want - now + 7) % 7;
                if (fwd == 0 && !qualifier.startsWith("later")) {
                    fwd = qualifier.equals("this") ? 0 : 7;
                }
                return published.plusDays(fwd).toString();
            }
            int back = (now - want + 7) % 7;
            if (back == 0 && qualifier.equals("last")) {
                back = 7;
            }
            return published.minusDays(back).toString();
        }
    }
}
