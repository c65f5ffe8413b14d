package io.geowire.streams.internal;

/**
 * Keys of the history stores (route-incidents, sanctions-statements, route-days): {@code ENTITY|<day>|<id>} and
 * {@code ENTITY|<day>}, where {@code <day>} is the event's epoch day as ten digits with an offset, so that the
 * stores' byte order (RocksDB and in-memory alike) is event-day order, then id order: exactly the order the
 * histories are listed in ("oldest first", ties by id). Entity ids (pairs, routes, actors) never contain '|'.
 */
public final class HistoryKeys {

    /** Shifts every representable date (years -9999..9999 are far inside) to a non-negative number. */
    private static final long OFFSET = 1_000_000_000L;
    private static final int WIDTH = 10;
    /** Sorts after every key of an entity (ids and days are ASCII). */
    private static final String END = "\uffff";

    private HistoryKeys() {
    }

    public static String day(long epochDay) {
        long shifted = epochDay + OFFSET;
        if (shifted < 0 || shifted >= 2 * OFFSET) {
            throw new IllegalArgumentException("event day out of the history's range: " + epochDay);
        }
        String digits = Long.toString(shifted);
        return "0".repeat(WIDTH - digits.length()) + digits;
    }

    public static long epochDay(String sortableDay) {
        return Long.parseLong(sortableDay) - OFFSET;
    }

    public static String prefix(String entity) {
        return entity + "|";
    }

    /** Sorts after every key of the entity. */
    public static String end(String entity) {
        return prefix(entity) + END;
    }

    public static String entry(String entity, long epochDay, String id) {
        return dayKey(entity, epochDay) + "|" + id;
    }

    public static String dayKey(String entity, long epochDay) {
        return prefix(entity) + day(epochDay);
    }

    /** Key of the index entry that says on which day an entity's entry {@code id} is filed. */
    public static String index(String entity, String id) {
        return prefix(entity) + id;
    }
}
