package io.geowire.streams.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/** Dates as the vocabulary writes them: "YYYY-MM-DD", or "YYYY-MM" meaning some day of that month. */
public final class EventDates {

    public static final long MILLIS_PER_DAY = 86_400_000L;

    private EventDates() {
    }

    /** The first day the text can denote ("YYYY-MM" -> first of month), or null if absent or unreadable. */
    public static LocalDate start(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        // hand-parsed: this runs for every candidate comparison, and DateTimeFormatter dominated profiles
        if ((t.length() != 10 && t.length() != 7) || t.charAt(4) != '-' || (t.length() == 10 && t.charAt(7) != '-')) {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = t.length() == 10 ? digits(t, 8, 10) : 1;
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The last day the text can denote ("YYYY-MM" -> last of month), or null. */
    public static LocalDate end(String text) {
        LocalDate start = start(text);
        if (start == null) {
            return null;
        }
        return text.strip().length() == 7 ? YearMonth.from(start).atEndOfMonth() : start;
    }

    public static boolean isDay(String text) {
        return start(text) != null && text.strip().length() == 10;
    }

    /** Epoch millis at the start (UTC) of the date's first day, or -1. */
    public static long millis(String text) {
        LocalDate start = start(text);
        return start == null ? -1L : start.toEpochDay() * MILLIS_PER_DAY;
    }

    public static long dayOfMillis(long millis) {
        return Math.floorDiv(millis, MILLIS_PER_DAY);
    }

    public static String iso(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }
}
