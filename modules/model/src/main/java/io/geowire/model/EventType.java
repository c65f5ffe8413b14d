package io.geowire.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The event vocabulary (shared/vocab.md) in one place: each type's name on the wire, the fields that identify an
 * event of that type when two are compared (evaluation, corroboration), and the values its label field may take.
 * Extraction, evaluation, the producer, Streams and the API all read it from here.
 */
public enum EventType {
    STANCE(EventFields.STANCE, List.of("actor", "target", "polarity"), "polarity",
            Set.of("aligning", "distancing", "neutral")),
    ROUTE_DISRUPTION(EventFields.ROUTE_DISRUPTION, List.of("route", "status"), "status",
            Set.of("disrupted", "restored", "at_risk", "alternative")),
    SANCTION_STATEMENT(EventFields.SANCTION_STATEMENT, List.of("actor", "position"), "position",
            Set.of("comply", "not_join", "refuse_circumvent", "threaten", "oppose", "support", "other"));

    /**
     * The route ids vocab.md fixes. Any other id is free-form ("invent a short upper-case id"), so two texts may name
     * one route differently: evaluation counts any two free-form ids as the same key, as shared/eval/score.py does.
     */
    public static final Set<String> FIXED_ROUTES = Set.of("CPC", "BTC", "TITR", "KTI_RAIL", "DRUZHBA");

    /** Causes a route disruption may carry (null when unknown to the text). */
    public static final Set<String> CAUSES = Set.of("weather", "legal", "attack", "technical", "political", "unknown");

    private final String wireName;
    private final List<String> keyFields;
    private final String labelField;
    private final Set<String> labels;

    EventType(String wireName, List<String> keyFields, String labelField, Set<String> labels) {
        this.wireName = wireName;
        this.keyFields = keyFields;
        this.labelField = labelField;
        this.labels = labels;
    }

    /** "stance", "route_disruption" or "sanction_statement". */
    public String wireName() {
        return wireName;
    }

    /** The fields that must agree for two events of this type to be the same event. */
    public List<String> keyFields() {
        return keyFields;
    }

    /** The field holding the event's label: polarity, status or position. */
    public String labelField() {
        return labelField;
    }

    /** The values {@link #labelField()} may take. */
    public Set<String> labels() {
        return labels;
    }

    public static Optional<EventType> byWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    /** Every wire name, in vocabulary order. */
    public static List<String> wireNames() {
        return Arrays.stream(values()).map(EventType::wireName).toList();
    }
}
