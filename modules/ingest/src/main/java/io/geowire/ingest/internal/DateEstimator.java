package io.geowire.ingest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Estimates when an undated article was written from the dates it mentions.
 *
 * <p>News writing names the year of past years' dates but leaves it out for dates of the current year ("on March
 * 29"). So: the publication year is at least the latest year the text names, and at least the year of any widely
 * reported world event it mentions (data file temporal-anchors.tsv: a text about "the invasion of Ukraine" was
 * written after it happened). Dates without a year are placed in that year. The estimate is the latest date the
 * text mentions, read as its earliest day. Forward-looking mentions are excepted: deadlines ("until June 30", "by
 * 2030", "by the end of 2027"), plan and target years ("Vision 2030", "the 2030 target"), both ends of year ranges
 * ("2020–2030", "a plan for 2024-2028") and dates in a sentence that speaks of the future ("will open in May").
 *
 * <p>A dateline beats all of that: a date at the start of one of the first lines, after a place or a label
 * ("BUDAPEST, Aug 19, 2025 (Agency) -", "MOSCOW, March 3 (Agency) -", "Published: ...", "Updated ...",
 * "Analysis | June 12, 2025"), is when the article was written. A dateline without a year takes the year estimated
 * from the rest of the text.
 */
public final class DateEstimator {
    /** Datelines are looked for in the first lines only. */
    private static final int DATELINE_LINES = 4;
    /** Before a dateline's date: nothing, a place ("BUDAPEST, "), or a label ("Published: ", "Analysis | "). */
    private static final Pattern DATELINE_BEFORE = Pattern.compile(
            "\\s*(?:(?:[\\p{L}][\\p{L}\\p{M}.'’&-]*\\s+){0,7}[\\p{L}][\\p{L}\\p{M}.'’&-]*\\s*[,|:–—-]\\s*)?"
                    + "(?i:(?:published|posted|updated|last updated|date)\\s*(?:on\\s*)?:?\\s*)?");
    /** After it: an agency in brackets, a dash, a time, or the end of the line. */
    private static final Pattern DATELINE_AFTER = Pattern.compile(
            "\\s*(?:\\(|[-–—|]|,?\\s*\\d{1,2}[:.]\\d\\d|$)");
    private final List<LocalDate> anchorDates = new ArrayList<>();
    private final List<Pattern> anchorPatterns = new ArrayList<>();

    public DateEstimator() {
        for (String[] row : Lexicon.get().anchors()) {
            anchorDates.add(LocalDate.parse(row[0]));
            anchorPatterns.add(Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    public Optional<LocalDate> estimate(String text) {
        Optional<LocalDate> fromMentions = latestMentioned(text);
        DateMention dateline = dateline(text);
        if (dateline == null) {
            return fromMentions;
        }
        if (dateline.hasYear()) {
            return Optional.of(dateline.earliestDay(dateline.year()));
        }
        return fromMentions.map(latest -> {
            LocalDate d = dateline.earliestDay(latest.getYear());
            // "MOSCOW, Dec 30" in a text whose latest yearless date fell in early January of the next year
            return d.isAfter(latest.plusMonths(6)) ? dateline.earliestDay(latest.getYear() - 1) : d;
        });
    }

    /** The dated line opening the article (see the class comment), or null. */
    static DateMention dateline(String text) {
        int lines = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (++lines > DATELINE_LINES) {
                break;
            }
            for (DateMention m : DateParser.get().mentions(line)) {
                if (m.month() > 0 && m.day() > 0 && m.start() <= 60
                        && DATELINE_BEFORE.matcher(line.substring(0, m.start())).matches()
                        && DATELINE_AFTER.matcher(line.substring(m.end())).lookingAt()) {
                    return m;
                }
            }
        }
        return null;
    }

    private Optional<LocalDate> latestMentioned(String text) {
        List<DateMention> mentions = DateParser.get().mentions(text);
        LocalDate anchor = latestAnchor(text);
        int baseYear = anchor == null ? 0 : anchor.getYear();
        for (DateMention m : mentions) {
            if (m.hasYear() && !m.future()) {
                baseYear = Math.max(baseYear, m.year());
            }
        }
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

    private LocalDate latestAnchor(String text) {
        LocalDate latest = null;
        for (int i = 0; i < anchorPatterns.size(); i++) {
            Matcher m = anchorPatterns.get(i).matcher(text);
            if (m.find() && (latest == null || anchorDates.get(i).isAfter(latest))) {
                latest = anchorDates.get(i);
            }
        }
        return latest;
    }
}
