package io.geowire.model;

/**
 * The entity an event belongs to, as one string: {@code ACTOR->TARGET} for a stance, the route id for a route
 * disruption, the actor for a sanction statement. The producer partitions the events topic by it and Kafka
 * Streams groups, keys its aggregate stores and output topics by it, so both must spell it the same way:
 * this is the one definition. Replaying a corpus gives the same state only while they agree.
 */
public final class EntityKey {

    /** Stands in for a missing part, so an incomplete event still has a stable key. */
    static final String UNKNOWN = "?";

    private EntityKey() {
    }

    /** The key of an event of {@code type} (see {@link EventFields}); fields the type does not use are ignored. */
    public static String of(String type, String actor, String target, String route) {
        return switch (type) {
            case EventFields.STANCE -> stancePair(actor, target);
            case EventFields.ROUTE_DISRUPTION -> route(route);
            case EventFields.SANCTION_STATEMENT -> sanctionsActor(actor);
            default -> throw new IllegalArgumentException("unknown event type: " + type);
        };
    }

    public static String stancePair(String actor, String target) {
        return part(actor) + "->" + part(target);
    }

    public static String route(String route) {
        return part(route);
    }

    public static String sanctionsActor(String actor) {
        return part(actor);
    }

    /** Key parts must not contain the separator of the stores' composite keys. */
    private static String part(String s) {
        return s == null ? UNKNOWN : s.strip().replace('|', '/');
    }
}
