package io.geowire.streams.internal;

import io.geowire.model.avro.ClusterMember;
import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.Event;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Puts each extracted event into the corroborated event it reports (or founds a new one) and forwards
 * the updated corroborated event. An event id seen before is ignored, so re-sent articles change nothing.
 * Input key and output key: the entity (pair, route, actor), which is also what the stores are local to.
 */
public final class CorroborationProcessor implements FixedKeyProcessor<String, Event, CorroboratedCluster> {

    private final String clustersStore;
    private final String membersStore;
    private final String datesStore;
    private final CorroborationRules rules;
    private FixedKeyProcessorContext<String, CorroboratedCluster> context;
    private KeyValueStore<String, CorroboratedCluster> clusters;
    private KeyValueStore<String, String> members;
    private KeyValueStore<String, String> dates;

    public CorroborationProcessor(String clustersStore, String membersStore, String datesStore,
            CorroborationRules rules) {
        this.clustersStore = clustersStore;
        this.membersStore = membersStore;
        this.datesStore = datesStore;
        this.rules = rules;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, CorroboratedCluster> context) {
        this.context = context;
        this.clusters = context.getStateStore(clustersStore);
        this.members = context.getStateStore(membersStore);
        this.dates = context.getStateStore(datesStore);
    }

    @Override
    public void process(FixedKeyRecord<String, Event> record) {
        Event event = record.value();
        if (event == null || members.get(event.getId()) != null) {
            return;
        }
        String key = EventIdentity.corroborationKey(event);
        ClusterMember member = Clusters.member(event, record.timestamp());
        CorroboratedCluster best = bestMatch(key, member);
        CorroboratedCluster updated = best == null ? Clusters.found(event, record.timestamp())
                : Clusters.add(best, member);
        String storeKey = storeKey(key, updated.getId());
        clusters.put(storeKey, updated);
        members.put(event.getId(), storeKey);
        dates.put(CandidateIndex.entry(key, member, updated.getId()), updated.getId());
        context.forward(record.withValue(updated));
    }

    public static String storeKey(String corroborationKey, String clusterId) {
        return corroborationKey + "|" + clusterId;
    }

    private CorroboratedCluster bestMatch(String key, ClusterMember member) {
        CorroboratedCluster best = null;
        double bestScore = -1;
        for (String clusterId : CandidateIndex.candidates(dates, key, member, rules.maxGapDays())) {
            CorroboratedCluster candidate = clusters.get(storeKey(key, clusterId));
            double score = candidate == null ? -1 : rules.score(candidate, member);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return bestScore >= 0 ? best : null;
    }
}
