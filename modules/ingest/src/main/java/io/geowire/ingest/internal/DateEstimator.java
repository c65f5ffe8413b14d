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
 * text mentions (forward-looking ones such as "until June 30" or "by 2030" excepted), read as its earliest day.
 */
public final class DateEstimator {
    private final List<LocalDate> anchorDates = new ArrayList<>();
    private final List<Pattern> anchorPatterns = new ArrayList<>();

    public DateEstimator() {
        for (String[] row : Lexicon.get().anchors()) {
            anchorDates.add(LocalDate.parse(row[0]));
            anchorPatterns.add(Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    public Optional<LocalDate> estimate(String text) {
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
