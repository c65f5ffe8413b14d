package io.geowire.ingest.internal;

import java.time.LocalDate;

/**
 * A date, or part of one, mentioned in a text. Missing parts are 0.
 *
 * @param future true when the wording points ahead ("until June 30", "by 2030"), so it does not bound the
 *               publication date from below
 */
record DateMention(int year, int month, int day, int start, int end, boolean future) {
    public boolean hasYear() {
        return year > 0;
    }

    public boolean isFull() {
        return year > 0 && month > 0 && day > 0;
    }

    /** The earliest day this mention can mean, in the given year when it names none. */
    public LocalDate earliestDay(int inYear) {
        int y = year > 0 ? year : inYear;
        int m = month > 0 ? month : 1;
        int d = day > 0 ? day : 1;
        return LocalDate.of(y, m, Math.min(d, LocalDate.of(y, m, 1).lengthOfMonth()));
    }
}
