package io.geowire.extract.internal;

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
    /** A date expression: offsets in the article text, resolved value, and whether it bounds a period. */
    public record Mention(int start, int end, String value, boolean bound) {
    }

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("2", 2), Map.entry("3", 3), Map.entry("4", 4), Map.entry("5", 5));

    private final Map<String, Integer> months = new HashMap<>();
    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private final Pattern dayFirst;
    private final Pattern monthFirst;
    private final Pattern monthOnly;
    private final Pattern relativeDays = Pattern.compile(
            "(?i)\\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\\d+) days? (later|after|afterwards|earlier|before|ago)\\b"
                    + "|\\b(the next day|the following day|a day later|yesterday|last month|last week|this month"
                    + "|earlier this month|this past month)\\b"
                    + "|\\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private final Pattern byline;
    private final Pattern dateline;
    /** Datelines are only read in the first lines of an article. */
    private static final int DATELINE_LINES = 4;

    public DateResolver(DataFiles files) {
        List<String> names = new ArrayList<>();
        for (String[] r : files.rows("months.tsv")) {
            int n = Integer.parseInt(r[0]);
            for (String name : DataFiles.list(DataFiles.col(r, 1))) {
                months.put(name.toLowerCase(Locale.ROOT), n);
                names.add(Pattern.quote(name));
            }
        }
        names.sort((a, b) -> b.length() - a.length());
        String m = "(" + String.join("|", names) + ")";
        String qualifier = "(?:(early|mid|late|the end of|the beginning of|this past|last|since|until|till|by|before|from)[ -]+)?";
        dayFirst = Pattern.compile(qualifier + "\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? " + m + "\\b\\.?(?:,? (\\d{4}))?");
        monthFirst = Pattern.compile(qualifier + "\\b" + m + "\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?");
        monthOnly = Pattern.compile(qualifier + "\\b" + m + "\\b(?: (?:of )?(\\d{4}))?");
        byline = Pattern.compile("^\\s*(?:(\\d{1,2}) " + m + "|" + m + " (\\d{1,2}),?) (\\d{4})\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // "Analysis | June 12, 2025", "Published March 2, 2024", "BUDAPEST, Aug 19, 2025 (Agency) - ..."
        dateline = Pattern.compile("^[^\\n]{0,40}?\\b(?:(\\d{1,2}) " + m + "|" + m + "\\.? (\\d{1,2}),?) (\\d{4})\\b",
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

    private LocalDate datelineDate(String text) {
        int lines = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (++lines > DATELINE_LINES) {
                break;
            }
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
            if (months.containsKey(w) || w.equals("days") || w.equals("day") || w.equals("yesterday")
                    || w.equals("month") || w.equals("week") || w.endsWith("day") && WEEKDAYS.contains(w)) {
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
        scan(dayFirst, s, from, ctx, out, taken, true, 3, 2, 4);
        scan(monthFirst, s, from, ctx, out, taken, true, 2, 3, 4);
        scan(monthOnly, s, from, ctx, out, taken, false, 2, -1, 3);
        relative(s, from, ctx, out, taken);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
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
        Matcher m = relativeDays.matcher(ns.text);
        while (m.find()) {
            int a = ns.tokenAt(m.start());
            int b = ns.lastTokenBefore(m.end());
            out.add(new Mention(ns.toks.get(a).start, ns.toks.get(b).end, ctx.relative(m), false));
        }
        return out;
    }

    private void scan(Pattern p, String s, int base, Context ctx, List<Mention> out, boolean[] taken, boolean withDay,
                      int monthGroup, int dayGroup, int yearGroup) {
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
            Integer year = m.group(yearGroup) != null ? Integer.valueOf(m.group(yearGroup)) : ctx.yearFor(month);
            String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            boolean bound = qualifier.equals("since") || qualifier.equals("until") || qualifier.equals("till")
                    || qualifier.equals("by") || qualifier.equals("before") || qualifier.equals("from");
            String value = null;
            if (year != null) {
                if (withDay) {
                    int day = Integer.parseInt(m.group(dayGroup));
                    value = day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()
                            ? String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day) : null;
                } else {
                    value = String.format(Locale.ROOT, "%04d-%02d", year, month);
                }
            }
            for (int k = m.start(); k < m.end(); k++) {
                taken[k] = true;
            }
            out.add(new Mention(base + m.start(), base + m.end(), value, bound));
        }
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
                    || rest.startsWith("and ") || rest.startsWith("when ") || rest.startsWith("this ");
        }
        return true;
    }

    private void relative(String s, int base, Context ctx, List<Mention> out, boolean[] taken) {
        Matcher m = relativeDays.matcher(s);
        while (m.find()) {
            if (taken[m.start()]) {
                continue;
            }
            out.add(new Mention(base + m.start(), base + m.end(), ctx.relative(m), false));
        }
    }

    private int month(String name) {
        return months.get(name.toLowerCase(Locale.ROOT));
    }

    /** Per-article date context: publication date, reference year, the last absolute date seen. */
    public static final class Context {
        private final LocalDate published;
        private final Integer referenceYear;
        private String lastDay;

        public Context(LocalDate published, Integer referenceYear) {
            this.published = published;
            this.referenceYear = referenceYear;
        }

        Integer yearFor(int month) {
            if (published != null) {
                // a month well after publication was most likely last year's
                return month > published.getMonthValue() + 1 ? published.getYear() - 1 : published.getYear();
            }
            return referenceYear;
        }

        void seen(String value) {
            if (value != null && value.length() == 10) {
                lastDay = value;
            }
        }

        String relative(Matcher m) {
            String phrase = m.group().toLowerCase(Locale.ROOT);
            if (m.group(1) != null) {
                Integer n = NUMBERS.get(m.group(1).toLowerCase(Locale.ROOT));
                if (n == null) {
                    n = Integer.parseInt(m.group(1));
                }
                boolean forward = phrase.endsWith("later") || phrase.endsWith("after") || phrase.endsWith("afterwards");
                if (phrase.endsWith("ago")) {
                    return published == null ? null : published.minusDays(n).toString();
                }
                if (lastDay == null) {
                    return null;
                }
                LocalDate d = LocalDate.parse(lastDay);
                return (forward ? d.plusDays(n) : d.minusDays(n)).toString();
            }
            if (phrase.contains("next day") || phrase.contains("following day") || phrase.contains("day later")) {
                return lastDay == null ? null : LocalDate.parse(lastDay).plusDays(1).toString();
            }
            if (published == null) {
                return null;
            }
            if (phrase.startsWith("on ")) {
                // wire copy: "on Monday" is the last such day up to the dateline's day
                int want = WEEKDAYS.indexOf(phrase.substring(3).strip()) + 1;
                int back = (published.getDayOfWeek().getValue() - want + 7) % 7;
                return published.minusDays(back).toString();
            }
            if (phrase.equals("yesterday")) {
                return published.minusDays(1).toString();
            }
            if (phrase.equals("last month")) {
                return YearMonth.from(published).minusMonths(1).toString();
            }
            if (phrase.equals("last week")) {
                return YearMonth.from(published.minusDays(7)).toString();
            }
            return YearMonth.from(published).toString();
        }
    }
}
