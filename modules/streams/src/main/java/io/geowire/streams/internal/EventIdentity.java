package io.geowire.streams.internal;

import io.geowire.model.EntityKey;
import io.geowire.model.avro.Event;
import io.geowire.model.avro.RouteDisruptionEvent;
import io.geowire.model.avro.SanctionStatementEvent;
import io.geowire.model.avro.StanceEvent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of an event's identity that must match exactly before two events can be the same
 * real-world event, and the entity its aggregate belongs to.
 * <ul>
 *   <li>entity: "ACTOR->TARGET" for stance, the route id for route_disruption, the actor for
 *       sanction_statement; events are partitioned by it, and it keys the aggregate stores and output topics</li>
 *   <li>corroboration key: type:entity:polarity | status | position</li>
 * </ul>
 */
public final class EventIdentity {

    private EventIdentity() {
    }

    /** The event's {@link EntityKey}, the same one the producer partitions by. */
    public static String entity(Event event) {
        Object p = event.getPayload();
        if (p instanceof StanceEvent s) {
            return EntityKey.stancePair(s.getActor(), s.getTarget());
        }
        if (p instanceof RouteDisruptionEvent r) {
            return EntityKey.route(r.getRoute());
        }
        if (p instanceof SanctionStatementEvent s) {
            return EntityKey.sanctionsActor(s.getActor());
        }
        throw new IllegalArgumentException("unknown payload in event " + event.getId());
    }

    public static String pair(String actor, String target) {
        return EntityKey.stancePair(actor, target);
    }

    public static String corroborationKey(Event event) {
        Object p = event.getPayload();
        String field;
        if (p instanceof StanceEvent s) {
            field = s.getPolarity();
        } else if (p instanceof RouteDisruptionEvent r) {
            field = r.getStatus();
        } else if (p instanceof SanctionStatementEvent s) {
            field = s.getPosition();
        } else {
            throw new IllegalArgumentException("unknown payload in event " + event.getId());
        }
        return event.getType() + ":" + entity(event) + ":" + clean(field).toLowerCase(Locale.ROOT);
    }

    /** The type's vocabulary fields that are known, by their vocabulary names. */
    public static Map<String, String> fields(Event event) {
        Map<String, String> f = new LinkedHashMap<>();
        Object p = event.getPayload();
        if (p instanceof StanceEvent s) {
            put(f, "actor", s.getActor());
            put(f, "target", s.getTarget());
            put(f, "polarity", s.getPolarity());
            put(f, "topic", s.getTopic());
        } else if (p instanceof RouteDisruptionEvent r) {
            put(f, "route", r.getRoute());
            put(f, "status", r.getStatus());
            put(f, "cause", r.getCause());
            put(f, "magnitude", r.getMagnitude());
        } else if (p instanceof SanctionStatementEvent s) {
            put(f, "actor", s.getActor());
            put(f, "speaker", s.getSpeaker());
            put(f, "position", s.getPosition());
            put(f, "regime", s.getRegime());
        }
        return f;
    }

    private static void put(Map<String, String> f, String name, String value) {
        if (value != null && !value.isBlank()) {
            f.put(name, value);
        }
    }

    /** Key parts must not contain the store key separator. */
    private static String clean(String s) {
        return s == null ? "?" : s.strip().replace('|', '/');
    }
}
