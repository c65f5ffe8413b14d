package io.geowire.streams.query;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;

/**
 * Which source topics feed the sub-topology of each store. A store's partition {@code p} is the task of that
 * sub-topology for partition {@code p} of those topics, so an instance's assigned topic partitions tell which
 * partitions of which stores it hosts.
 */
public final class StoreSources {

    private final Map<String, Set<String>> topicsByStore;

    private StoreSources(Map<String, Set<String>> topicsByStore) {
        this.topicsByStore = topicsByStore;
    }

    public static StoreSources of(Topology topology) {
        Map<String, Set<String>> byStore = new HashMap<>();
        for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
            Set<String> topics = new HashSet<>();
            Set<String> stores = new HashSet<>();
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Source source && source.topicSet() != null) {
                    topics.addAll(source.topicSet());
                }
                if (node instanceof TopologyDescription.Processor processor) {
                    stores.addAll(processor.stores());
                }
            }
            stores.forEach(store -> byStore.put(store, Set.copyOf(topics)));
        }
        return new StoreSources(Map.copyOf(byStore));
    }

    /** The source topic names of the store's sub-topology as the topology names them (internal ones unprefixed). */
    public Set<String> topicsOf(String store) {
        return topicsByStore.getOrDefault(store, Set.of());
    }

    /**
     * Whether a topic as the group metadata names it feeds the store: internal topics carry the application id
     * as prefix there ({@code <app>-events-by-entity-repartition}) but not in the topology description.
     */
    public boolean feeds(String topic, String store) {
        for (String source : topicsOf(store)) {
            if (topic.equals(source) || topic.endsWith("-" + source)) {
                return true;
            }
        }
        return false;
    }
}
