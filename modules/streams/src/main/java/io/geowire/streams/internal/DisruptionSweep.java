package io.geowire.streams.internal;

import io.geowire.model.avro.RouteDaysState;
import io.geowire.model.avro.RouteIncidentEntry;

/**
 * Status and days disrupted of a route (the rules in {@link RouteRules}) computed in one pass over its incidents
 * in event-day order, with a state of a few numbers. The state after each day is kept (route-days), so a new or
 * changed incident only replays the days from its own on: for incidents reported in date order that is one day.
 *
 * <p>Days disrupted is the union of the disrupted spans. Spans are counted as the pass reaches their start, so
 * {@code total} is the number of covered days and {@code frontier} the end of the furthest span; as spans start in
 * order, the days from a start to the frontier are all covered. A disrupted incident with a stated duration is a
 * fixed span. One without lasts until the next later restored incident, else one day: it is counted as one day
 * at once, and the earliest such incident since the last restored one is remembered ({@code pendingStart}); a
 * restored incident then extends the coverage to the whole of [pendingStart, restored day). Within a day,
 * restored incidents come first, because a restored incident only ends disruptions of earlier days.
 */
public final class DisruptionSweep {

    private long frontier = Long.MIN_VALUE;
    private long total;
    private Long pendingStart;
    private long coveredBeforePending;
    private Long statusDay;
    private int statusRank;
    private String status;
    private String since;

    private DisruptionSweep() {
    }

    public static DisruptionSweep start() {
        return new DisruptionSweep();
    }

    public static DisruptionSweep of(RouteDaysState s) {
        DisruptionSweep sweep = new DisruptionSweep();
        sweep.frontier = s.getFrontier();
        sweep.total = s.getTotal();
        sweep.pendingStart = s.getPendingStart();
        sweep.coveredBeforePending = s.getCoveredBeforePending();
        sweep.statusDay = s.getStatusDay();
        sweep.statusRank = s.getStatusRank();
        sweep.status = s.getStatus();
        sweep.since = s.getSince();
        return sweep;
    }

    public RouteDaysState toState() {
        return new RouteDaysState(frontier, total, pendingStart, coveredBeforePending, statusDay, statusRank, status,
                since);
    }

    /** Order of the incidents of one day: restored first, then by id (the order the status rule breaks ties in). */
    public static int sameDayOrder(RouteIncidentEntry a, RouteIncidentEntry b) {
        boolean ra = RouteRules.RESTORED.equals(a.getStatus());
        boolean rb = RouteRules.RESTORED.equals(b.getStatus());
        return ra != rb ? (ra ? -1 : 1) : a.getEventId().compareTo(b.getEventId());
    }

    /** Takes the next incident; incidents must come by event day, within a day in {@link #sameDayOrder}. */
    public void add(RouteIncidentEntry incident) {
        long day = incident.getEventDay();
        takeStatus(incident, day);
        if (RouteRules.RESTORED.equals(incident.getStatus())) {
            restore(day);
        } else if (RouteRules.DISRUPTED.equals(incident.getStatus())) {
            Long stated = RouteRules.statedDays(incident.getMagnitude());
            if (stated == null && pendingStart == null) {
                pendingStart = day;
                coveredBeforePending = total - coveredFrom(day);
            }
            cover(day, day + (stated == null ? 1 : stated));
        }
    }

    private void takeStatus(RouteIncidentEntry incident, long day) {
        int rank = RouteRules.rank(incident.getStatus());
        if (rank > 0 && (statusDay == null || day > statusDay || (day == statusDay && rank > statusRank))) {
            statusDay = day;
            statusRank = rank;
            status = incident.getStatus();
            since = incident.getDate() != null ? incident.getDate() : EventDates.iso(day);
        }
    }

    /** The pending disruptions last until {@code day}: all of [pendingStart, day) is covered now. */
    private void restore(long day) {
        if (pendingStart == null) {
            return;
        }
        long countedInGap = (total - coveredBeforePending) - coveredFrom(day);
        total += (day - pendingStart) - countedInGap;
        frontier = Math.max(frontier, day);
        pendingStart = null;
    }

    /** Days counted from {@code day} on: spans counted so far start before, so they cover [day, frontier). */
    private long coveredFrom(long day) {
        return frontier > day ? frontier - day : 0;
    }

    private void cover(long from, long to) {
        long start = Math.max(from, frontier);
        if (to > start) {
            total += to - start;
        }
        frontier = Math.max(frontier, to);
    }

    public long daysDisrupted() {
        return total;
    }

    /** The route's status: that of the latest disrupted / at_risk / restored incident; restored or none: operational. */
    public String status() {
        return status == null || RouteRules.RESTORED.equals(status) ? RouteRules.OPERATIONAL : status;
    }

    /** The date of the incident that set the status; null without one. */
    public String since() {
        return since;
    }
}
