package io.geowire.ingest.internal;

import io.geowire.model.CalendarWords;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
 * from the rest of the text.
 */
public final class DateEstimator {
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
        for (String line : CalendarWords.openingLines(text)) {
            for (DateMention m : DateParser.get().mentions(line)) {
                if (m.month() > 0 && m.day() > 0 && m.start() <= 60
                        && CalendarWords.framesDateline(line, 0, m.start(), m.end())) {
                    return m;
                }
            }
        }
        return null;
    }

    private Optional<LocalDate> latestMentioned(String text) {
        List<DateMention> mentions = DateParser.get().mentions(text);
        LocalDate anchor = CalendarWords.get().latestAnchor(text).orElse(null);
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
}
