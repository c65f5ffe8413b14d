package io.geowire.streams.internal;

import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.RouteDaysState;
import io.geowire.model.avro.RouteIncidentEntry;
import io.geowire.model.avro.RouteState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps a route's incidents and status: every incident in the history store, the status and days disrupted per
 * day in route-days, and in route-states a bounded summary (status, counts, first/last date, newest incidents)
 * that is also forwarded to route-status. The cost of an update does not grow with the route's history: a new
 * incident replays only the days from its own day on (see {@link DisruptionSweep}) and reads a fixed number of
 * newest incidents.
 */
public final class RouteStatusProcessor implements FixedKeyProcessor<String, CorroboratedCluster, RouteState> {

    /** Store names: route-states, route-incidents, route-incident-days, route-days. */
    public record Stores(String states, String incidents, String incidentDays, String days) {
    }

    private final Stores names;
    private final int recent;
    private FixedKeyProcessorContext<String, RouteState> context;
    private KeyValueStore<String, RouteState> states;
    private EntityHistory<RouteIncidentEntry> incidents;
    private KeyValueStore<String, RouteDaysState> days;

    public RouteStatusProcessor(Stores names, int recent) {
        this.names = names;
        this.recent = recent;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, RouteState> context) {
        this.context = context;
        this.states = context.getStateStore(names.states());
        this.incidents = new EntityHistory<>(context.getStateStore(names.incidents()),
                context.getStateStore(names.incidentDays()));
        this.days = context.getStateStore(names.days());
    }

    @Override
    public void process(FixedKeyRecord<String, CorroboratedCluster> record) {
        String route = record.key();
        RouteIncidentEntry incident = RouteRules.incident(record.value());
        RouteState current = states.get(route);
        long count = current == null ? 0 : current.getIncidentCount();
        long replayFrom = incident.getEventDay();
        // the newest incidents before this one, as the value carries them (none if there is no value yet)
        List<RouteIncidentEntry> newestBefore = current == null ? List.of() : current.getIncidents();
        if (current != null && count == 0 && !current.getIncidents().isEmpty()) {
            newestBefore = null; // a value of the older version: its list is the whole history, not the newest
            // a value written before the history store held the whole history: file it there first
            for (RouteIncidentEntry old : current.getIncidents()) {
                incidents.put(route, old.getEventId(), old.getEventDay(), old);
                replayFrom = Math.min(replayFrom, old.getEventDay());
            }
            count = current.getIncidents().size();
        }
        RouteIncidentEntry previous = incidents.get(route, incident.getEventId());
        long countBefore = count;
        incidents.put(route, incident.getEventId(), incident.getEventDay(), incident);
        if (previous == null) {
            count++;
        } else {
            replayFrom = Math.min(replayFrom, previous.getEventDay());
        }
        // another source for a known incident (the common update) leaves status and days as they were
        DisruptionSweep sweep = previous != null && replayFrom == incident.getEventDay() && sameForTheSweep(previous,
                incident) ? latest(route) : replayFrom(route, replayFrom);
        List<RouteIncidentEntry> newest = incidents.newestAfterPut(route, recent, newestBefore, countBefore,
                incident.getEventId(), incident.getEventDay(), incident, RouteIncidentEntry::getEventId,
                RouteIncidentEntry::getEventDay);
        RouteState next = new RouteState(route, sweep.status(), sweep.since(), sweep.daysDisrupted(), newest, count,
                dateOf(incidents.oldest(route)), dateOf(newest.get(newest.size() - 1)));
        states.put(route, next);
        context.forward(record.withValue(next));
    }

    private static boolean sameForTheSweep(RouteIncidentEntry a, RouteIncidentEntry b) {
        return a.getEventDay() == b.getEventDay() && a.getStatus().equals(b.getStatus())
                && Objects.equals(a.getDate(), b.getDate())
                && Objects.equals(RouteRules.statedDays(a.getMagnitude()), RouteRules.statedDays(b.getMagnitude()));
    }

    /** Recomputes the per-day states from {@code firstDay} on and returns the state after the last incident. */
    private DisruptionSweep replayFrom(String route, long firstDay) {
        DisruptionSweep sweep = stateBefore(route, firstDay);
        Map<String, RouteDaysState> stale = statesFrom(route, firstDay);
        try (KeyValueIterator<String, RouteIncidentEntry> it = incidents.from(route, firstDay)) {
            List<RouteIncidentEntry> sameDay = new ArrayList<>();
            while (it.hasNext()) {
                RouteIncidentEntry next = it.next().value;
                if (!sameDay.isEmpty() && sameDay.get(0).getEventDay() != next.getEventDay()) {
                    addDay(route, sweep, sameDay, stale);
                }
                sameDay.add(next);
            }
            if (!sameDay.isEmpty()) {
                addDay(route, sweep, sameDay, stale);
            }
        }
        // a day left without incidents (one moved away) keeps no state
        stale.keySet().forEach(days::delete);
        return sweep;
    }

    private void addDay(String route, DisruptionSweep sweep, List<RouteIncidentEntry> sameDay,
            Map<String, RouteDaysState> stale) {
        sameDay.sort(DisruptionSweep::sameDayOrder);
        sameDay.forEach(sweep::add);
        String key = HistoryKeys.dayKey(route, sameDay.get(0).getEventDay());
        RouteDaysState state = sweep.toState();
        if (!state.equals(stale.remove(key))) {
            days.put(key, state); // unchanged days are not written again (nor logged)
        }
        sameDay.clear();
    }

    private DisruptionSweep latest(String route) {
        try (KeyValueIterator<String, RouteDaysState> it = days.reverseRange(HistoryKeys.prefix(route),
                HistoryKeys.end(route))) {
            return it.hasNext() ? DisruptionSweep.of(it.next().value) : DisruptionSweep.start();
        }
    }

    private DisruptionSweep stateBefore(String route, long day) {
        try (KeyValueIterator<String, RouteDaysState> it = days.reverseRange(HistoryKeys.prefix(route),
                HistoryKeys.dayKey(route, day - 1))) {
            return it.hasNext() ? DisruptionSweep.of(it.next().value) : DisruptionSweep.start();
        }
    }

    private Map<String, RouteDaysState> statesFrom(String route, long day) {
        Map<String, RouteDaysState> states = new HashMap<>();
        try (KeyValueIterator<String, RouteDaysState> it = days.range(HistoryKeys.dayKey(route, day),
                HistoryKeys.end(route))) {
            it.forEachRemaining((KeyValue<String, RouteDaysState> kv) -> states.put(kv.key, kv.value));
        }
        return states;
    }

    private static String dateOf(RouteIncidentEntry i) {
        return i == null ? null : i.getDate() != null ? i.getDate() : EventDates.iso(i.getEventDay());
    }
}
