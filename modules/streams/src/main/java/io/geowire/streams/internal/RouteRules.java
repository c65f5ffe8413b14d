package io.geowire.streams.internal;

import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.RouteIncidentEntry;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Route status from its incidents (computed incrementally by {@link DisruptionSweep}).
 * <ul>
 *   <li>status: the status of the latest incident (by event day) among disrupted / at_risk / restored;
 *       restored means operational; with none of those (e.g. only "alternative"), operational. On the same
 *       day, disrupted outranks at_risk outranks restored (report the problem when the order is unknown).</li>
 *   <li>since: the date of that incident.</li>
 *   <li>days disrupted: each disrupted incident lasts the duration its magnitude states ("30 days",
 *       "two weeks", "2 months" = 60 days), else until the next later restored incident, else 1 day;
 *       overlapping spans count once (union of the spans).</li>
 * </ul>
 */
public final class RouteRules {

    public static final String OPERATIONAL = "operational";
    public static final String DISRUPTED = "disrupted";
    public static final String AT_RISK = "at_risk";
    public static final String RESTORED = "restored";

    private static final Pattern DURATION = Pattern.compile(
            "\\b(\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\\s-]+(day|week|month)s?\\b");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    private RouteRules() {
    }

    public static RouteIncidentEntry incident(CorroboratedCluster c) {
        Map<String, String> f = c.getFields();
        return RouteIncidentEntry.newBuilder()
                .setEventId(c.getId())
                .setDate(c.getDate())
                .setEventDay(c.getEventDay())
                .setStatus(f.getOrDefault("status", "unknown"))
                .setCause(f.get("cause"))
                .setMagnitude(f.get("magnitude"))
                .setSources(c.getSources())
                .setArticles(new ArrayList<>(c.getArticles()))
                .setHedged(c.getHedged())
                .setEvidence(c.getEvidence())
                .build();
    }

    /** How strongly a status speaks for the route's state (0: says nothing about it, e.g. alternative). */
    static int rank(String status) {
        return switch (status) {
            case DISRUPTED -> 3;
            case AT_RISK -> 2;
            case RESTORED -> 1;
            default -> 0;
        };
    }

    /** Days stated in a magnitude such as "30 days", "two weeks" or "2 months" (30 days each); else null. */
    public static Long statedDays(String magnitude) {
        if (magnitude == null) {
            return null;
        }
        Matcher m = DURATION.matcher(magnitude.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        String n = m.group(1);
        long count = WORDS.containsKey(n) ? WORDS.get(n) : Long.parseLong(n);
        return switch (m.group(2)) {
            case "week" -> count * 7;
            case "month" -> count * 30;
            default -> count;
        };
    }
}
