package io.geowire.api.internal;

import io.geowire.model.EventType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validation and normalisation of request parameters. Ids are upper-cased so {@code kaz} finds {@code KAZ};
 * blank optional parameters count as absent (forms and dashboards send {@code type=} for "any").
 */
final class Params {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    public static final Set<String> EVENT_TYPES = Set.copyOf(EventType.wireNames());

    // ISO 3166-1 alpha-3 states and organisation acronyms (EU, NATO, CSTO, BRICS ...); 16 leaves room for
    // longer acronyms the gazetteer may gain without accepting arbitrary words.
    // matched before upper-casing: some non-ASCII letters upper-case to ASCII ones (Turkish dotless i -> I)
    public static final int MAX_ACTOR_LENGTH = 16;
    private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9]{2," + MAX_ACTOR_LENGTH + "}");
    private static final Pattern ROUTE = Pattern.compile("[A-Za-z0-9_]{1,32}");
    // article ids are content ids or source names such as "b-07.html" or "feed.jsonl:12": case matters,
    // so they are checked but not normalised
    private static final Pattern ARTICLE = Pattern.compile("[A-Za-z0-9._:#@+=-]{1,200}");
    private static final int ECHO_LIMIT = 40;

    private Params() {
    }

    public static String actor(String parameter, String raw) {
        return id(parameter, required(parameter, raw), ACTOR, "an actor id of 2-" + MAX_ACTOR_LENGTH + " letters or digits, e.g. KAZ, EU or BRICS");
    }

    /** Null when absent. */
    public static String optionalActor(String parameter, String raw) {
        return isAbsent(raw) ? null : actor(parameter, raw);
    }

    public static String route(String parameter, String raw) {
        return id(parameter, required(parameter, raw), ROUTE,
                "a route id of up to 32 letters, digits or underscores, e.g. CPC or KTI_RAIL");
    }

    /** Kept as given (no case folding): article ids name files on case-sensitive systems. */
    public static String article(String parameter, String raw) {
        String id = required(parameter, raw).strip();
        if (!ARTICLE.matcher(id).matches()) {
            throw new BadParameterException(parameter, parameter
                    + " must be an article id of up to 200 letters, digits or . _ : # @ + = -, was '" + echo(raw) + "'");
        }
        return id;
    }

    /** Null when absent. */
    public static LocalDate optionalDate(String parameter, String raw) {
        if (isAbsent(raw)) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(parameter,
                    parameter + " must be a date as YYYY-MM-DD, was '" + echo(raw) + "'");
        }
    }

    /** Both may be null; when both are given {@code from} must not be after {@code to}. */
    public static void requireOrdered(String fromParameter, LocalDate from, String toParameter, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException(fromParameter,
                    fromParameter + " (" + from + ") must not be after " + toParameter + " (" + to + ")");
        }
    }

    /** Null when absent. */
    public static String optionalEventType(String parameter, String raw) {
        if (isAbsent(raw)) {
            return null;
        }
        String type = raw.strip().toLowerCase(Locale.ROOT);
        if (!EVENT_TYPES.contains(type)) {
            throw new BadParameterException(parameter, parameter
                    + " must be one of stance, route_disruption, sanction_statement; was '" + echo(raw) + "'");
        }
        return type;
    }

    /** A probability from 0 to 1; 0 (keep everything) when absent. */
    public static double confidence(String parameter, String raw) {
        if (isAbsent(raw)) {
            return 0.0;
        }
        String message = parameter + " must be a number from 0 to 1, was '" + echo(raw) + "'";
        double value;
        try {
            value = Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(parameter, message);
        }
        // also rejects NaN, which no comparison would pass
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new BadParameterException(parameter, message);
        }
        return value;
    }

    /** {@link #DEFAULT_LIMIT} when absent. */
    public static int limit(String parameter, String raw) {
        if (isAbsent(raw)) {
            return DEFAULT_LIMIT;
        }
        String message = parameter + " must be a whole number from 1 to " + MAX_LIMIT + ", was '" + echo(raw) + "'";
        int limit;
        try {
            limit = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(parameter, message);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadParameterException(parameter, message);
        }
        return limit;
    }

    private static String id(String parameter, String raw, Pattern pattern, String expected) {
        String id = raw.strip();
        if (!pattern.matcher(id).matches()) {
            throw new BadParameterException(parameter, parameter + " must be " + expected + ", was '" + echo(raw) + "'");
        }
        return id.toUpperCase(Locale.ROOT);
    }

    private static String required(String parameter, String raw) {
        if (isAbsent(raw)) {
            throw new BadParameterException(parameter, parameter + " is required");
        }
        return raw;
    }

    private static boolean isAbsent(String raw) {
        return raw == null || raw.isBlank();
    }

    // error messages quote the bad value to help the caller, but never at unbounded length
    private static String echo(String raw) {
        return raw.length() <= ECHO_LIMIT ? raw : raw.substring(0, ECHO_LIMIT) + "...";
    }
}
