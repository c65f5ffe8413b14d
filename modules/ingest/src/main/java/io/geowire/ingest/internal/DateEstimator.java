package io.geowire.ingest.internal;

import io.geowire.model.CalendarWords;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Estimates when an undated article was written from the dates it mentions.
 *
 * <p>News writing names the year of past years' dates but leaves it out for dates of the current year ("on March
 * 29"). So: the publication year is at least the latest year the text names, and at least the year of any widely
 * reported world event it mentions (model's CalendarWords: a text about "the invasion of Ukraine" was
 * written after it happened). Dates without a year are placed in that year. The estimate is the latest date the
 * text mentions, read as its earliest day. Forward-looking mentions are excepted: deadlines ("until June 30", "by
 * 2030", "by the end of 2027"), plan and target years ("Vision 2030", "the 2030 target"), both ends of year ranges
 * ("2020–2030", "a plan for 2024-2028") and dates in a sentence that speaks of the future ("will open in May").
 *
 * <p>A dateline beats all of that: a date at the start of one of the first lines, after a place or a label
 * ("BUDAPEST, Aug 19, 2025 (Agency) -", "MOSCOW, March 3 (Agency) -", "Published: ...", "Updated ...",
 * "Analysis | June 12, 2025"), is when the article was written. A dateline without a year takes the year estimated
 * from the rest of the text, or rather the latest year from there up to today in which its day falls on the weekday
 * its lead names, or on the day after it ("ASTANA, Nov 9 (Agency) - Putin arrived on Thursday": 2023, not 2022; see
 * {@link #weekdayYear}); the dateline's day is not before the latest date the text tells of. A text that names no year
 * at all takes the last such year up to today.
 */
public final class DateEstimator {
    /** Today, as ingestion sees it: an article is not written after it is read. */
    private final Clock clock;

    public DateEstimator() {
        this(Clock.systemUTC());
    }

    public DateEstimator(Clock clock) {
        this.clock = clock;
    }

    public Optional<LocalDate> estimate(String text) {
        Optional<LocalDate> fromMentions = latestMentioned(text);
        Dateline found = dateline(text);
        if (found == null) {
            return fromMentions;
        }
        DateMention dateline = found.date();
        if (dateline.hasYear()) {
            return Optional.of(dateline.earliestDay(dateline.year()));
        }
        LocalDate today = LocalDate.now(clock);
        if (fromMentions.isEmpty()) {
            // nothing in the text bounds the year from below: the latest agreeing year up to today
            return Optional.ofNullable(weekdayYear(found, today.getYear() - WEEKDAY_YEARS, today))
                    .map(dateline::earliestDay);
        }
        return fromMentions.map(latest -> {
            // the years a wire story names are its background ("supplied since 2006", "signed in 1996"): they bound
            // the year from below but do not make the story as old as them; the weekday agrees again every five to
            // eleven years, and news is read soon after it is written, so the latest agreeing year up to today
            Integer agreeing = weekdayYear(found, firstYearNotBefore(dateline, latest), today);
            if (agreeing != null) {
                return dateline.earliestDay(agreeing);
            }
            // a year the text names is not always past ("meetings for 2023 and 2024"): a weekday that agrees in no
            // year from there up to today still dates the story, in the latest agreeing year before today
            Integer before = weekdayYear(found, today.getYear() - WEEKDAY_YEARS, today);
            if (before != null) {
                return dateline.earliestDay(before);
            }
            LocalDate d = dateline.earliestDay(latest.getYear());
            // "MOSCOW, Dec 30" in a text whose latest yearless date fell in early January of the next year
            return d.isAfter(latest.plusMonths(6)) ? dateline.earliestDay(latest.getYear() - 1) : d;
        });
    }

    /**
     * The first year in which the dateline's day is not before {@code latest}, the latest date the text mentions: a
     * story reports what happened before it was written ("BUDAPEST, Feb 2" in a text that tells of "November 2023" was
     * written in 2024, not 2023).
     */
    static int firstYearNotBefore(DateMention dateline, LocalDate latest) {
        int year = latest.getYear();
        return dateline.earliestDay(year).isBefore(latest) ? year + 1 : year;
    }

    /** Years searched from the lower bound on: the weekday of a fixed day comes round again within eleven years. */
    private static final int WEEKDAY_YEARS = 11;
    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /**
     * A weekday that dates the lead's news ("said on Thursday", "aired late on Thursday", "Thursday evening"); group 1
     * a qualifier, 2 the weekday, 3 a later part of the day.
     */
    private static final Pattern LEAD_WEEKDAY = Pattern.compile("(?i)\\b(?:(next|last|this|coming|until|by|since|"
            + "from|late on|early on|late|early|on)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "\\b(?:\\s+(evening|night))?");
    /**
     * A reporting verb right before a weekday ("..., the ministry said on Wednesday"): the weekday dates the statement,
     * which is past, however future the reported clause ("X will restore ties, the two said on Wednesday").
     */
    private static final Pattern REPORTED_ON = Pattern.compile("(?i)\\b(?:said|says|announced|confirmed|stated|"
            + "reported|added|wrote|told\\s+\\w+)\\s+$");
    /** Characters before a weekday looked at for {@link #REPORTED_ON}. */
    private static final int REPORTED_ON_CHARS = 30;
    /**
     * A reading of the lead's weekday loses to the other when the other agrees this many years later: the two
     * readings agree in neighbouring years (a day falls a weekday later each year), and only there is the likelier
     * reading the better guess; a reading that agrees only five or more years before the other dates the story years
     * before the other, and news is mostly read soon after it is written.
     */
    private static final int OTHER_READING_YEARS = 2;

    /**
     * The year of a yearless dateline ("ASTANA, Nov 9 (Agency) - Putin arrived on Thursday"): wire copy names the
     * weekday of its news, mostly the dateline's day, else the day before (filed the morning after; "late on
     * Thursday" and "Thursday evening" ask for the day before first). The first past weekday after the dateline
     * decides, in the lead or, when the lead names none, further on. Each reading gives the latest year from
     * {@code atLeast} (no earlier than eleven years before {@code notAfter}) up to {@code notAfter} (today: news is
     * read soon after it is written) in which the dateline's day agrees; the likelier reading wins unless the other
     * agrees {@link #OTHER_READING_YEARS} or more years later. Null when no past weekday follows or none agrees.
     */
    static Integer weekdayYear(Dateline found, int atLeast, LocalDate notAfter) {
        DateMention dateline = found.date();
        String lead = found.lead();
        Matcher m = LEAD_WEEKDAY.matcher(lead);
        while (m.find()) {
            String qualifier = m.group(1) == null ? "on" : m.group(1).toLowerCase(Locale.ROOT);
            if (!List.of("on", "late on", "early on", "late", "early").contains(qualifier) || future(lead, m.start())) {
                continue;
            }
            DayOfWeek named = DayOfWeek.of(WEEKDAYS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1);
            boolean dayBefore = qualifier.startsWith("late") || m.group(3) != null;
            Integer likelier = agreeingYear(dateline, named, dayBefore ? 1 : 0, atLeast, notAfter);
            Integer other = agreeingYear(dateline, named, dayBefore ? 0 : 1, atLeast, notAfter);
            if (likelier == null || other != null && other - likelier >= OTHER_READING_YEARS) {
                return other;
            }
            return likelier;
        }
        return null;
    }

    /** True when the weekday at {@code start} of the lead dates a planned event, not a reported one. */
    private static boolean future(String lead, int start) {
        String before = lead.substring(Math.max(0, start - REPORTED_ON_CHARS), start);
        return DateParser.futureClause(lead, start) && !REPORTED_ON.matcher(before).find();
    }

    /**
     * The first year from {@code atLeast} on (or, given {@code notAfter}, the last one up to that day) in which the
     * dateline's day, less {@code daysBefore}, falls on the named weekday; null when none within
     * {@link #WEEKDAY_YEARS}.
     */
    private static Integer agreeingYear(DateMention dateline, DayOfWeek named, int daysBefore, int atLeast,
                                        LocalDate notAfter) {
        for (int k = 0; k <= WEEKDAY_YEARS; k++) {
            int y = notAfter == null ? atLeast + k : notAfter.getYear() - k;
            if (y < atLeast || dateline.month() == 2 && dateline.day() == 29 && !java.time.Year.isLeap(y)) {
                continue;
            }
            LocalDate day = dateline.earliestDay(y);
            if ((notAfter == null || !day.isAfter(notAfter)) && day.minusDays(daysBefore).getDayOfWeek() == named) {
                return y;
            }
        }
        return null;
    }

    /**
     * A dateline's date (offsets in its line) and the text after it (from {@code leadStart}), the lead first,
     * across paragraph breaks (a one-sentence first paragraph often leaves the day to the second: "The decision was
     * taken on Thursday evening ..."; a lead that names no day may leave it to a later paragraph: "..., the minister
     * told reporters late on Friday").
     */
    record Dateline(DateMention date, String text, int leadStart) {
        /** The text after the date; cut only when asked for (a dateline with a year never is). */
        String lead() {
            return text.substring(leadStart);
        }
    }

    /** The dated line opening the article (see the class comment), or null. */
    static Dateline dateline(String text) {
        int from = 0;
        for (String line : CalendarWords.openingLines(text)) {
            int at = text.indexOf(line, from);
            from = at + line.length();
            for (DateMention m : DateParser.get().mentions(line)) {
                if (m.month() > 0 && m.day() > 0 && m.start() <= 60
                        && CalendarWords.framesDateline(line, 0, m.start(), m.end())) {
                    return new Dateline(m, text, at + m.end());
                }
            }
        }
        return null;
    }

    private Optional<LocalDate> latestMentioned(String text) {
        return latestMentioned(text, true);
    }

    /**
     * The latest date the text mentions, lifted by the latest world event it names. With {@code anchorsFromYear},
     * events before the latest year the text names are not looked for: such an event changes neither the year
     * (that year is later) nor the latest date (a mention in that year is later than the event), and most real
     * news names a year after every event of the list, which then costs no search at all (issue 13, xingest3).
     * Without it every event is looked for, as first written (DatesTest compares the two).
     */
    static Optional<LocalDate> latestMentioned(String text, boolean anchorsFromYear) {
        List<DateMention> mentions = DateParser.get().mentions(text);
        int mentionedYear = 0;
        for (DateMention m : mentions) {
            if (m.hasYear() && !m.future()) {
                mentionedYear = Math.max(mentionedYear, m.year());
            }
        }
        LocalDate anchor = CalendarWords.get().latestAnchorFrom(text,
                anchorsFromYear && mentionedYear > 0 ? mentionedYear : Integer.MIN_VALUE).orElse(null);
        int baseYear = Math.max(anchor == null ? 0 : anchor.getYear(), mentionedYear);
        if (baseYear == 0) {
            return Optional.empty();
        }
        LocalDate latest = anchor != null ? anchor : LocalDate.of(baseYear, 1, 1);
        for (DateMention m : mentions) {
            if (m.future() || (m.month() == 0 && !m.hasYear())) {
                continue;
            }
            LocalDate day = m.earliestDay(baseYear);
            if (day.isAfter(latest)) {
                latest = day;
            }
        }
        if (latest.getYear() < baseYear) {
            latest = LocalDate.of(baseYear, 1, 1);
        }
        return Optional.of(latest);
    }
}
