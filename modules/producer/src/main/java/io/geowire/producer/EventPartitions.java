package io.geowire.producer;

import io.geowire.extract.ExtractedEvent;
import io.geowire.model.EntityKey;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * Chooses the {@code events} partition by the event's entity (stance pair, route, sanctioning actor) instead of by
 * its key. The key stays the event fingerprint (the topic's contract), but every event of one entity then lies in
 * one partition, in the order it was produced. Streams re-keys events by entity and corroborates them in arrival
 * order (the first report founds a corroborated event and names it); with one source partition per entity that
 * order is the production order, so a replay of the topics, or the same corpus produced again, gives the same
 * corroborated events, ids and lists byte for byte. Keyed by fingerprint alone, events of one entity would arrive
 * from several partitions in whatever interleaving the consumer happened to fetch.
 */
public final class EventPartitions {

    private EventPartitions() {
    }

    public static int partition(ExtractedEvent e, int partitions) {
        byte[] entity = entity(e).getBytes(StandardCharsets.UTF_8);
        return Utils.toPositive(Utils.murmur2(entity)) % partitions;
    }

    /** The entity Streams groups the event by: the one {@link EntityKey}. */
    static String entity(ExtractedEvent e) {
        return EntityKey.of(e.type(), e.actor(), e.target(), e.route());
    }
}
