package io.geowire.streams.internal;

import io.geowire.model.avro.ClusterMember;
import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.Event;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Puts each extracted event into the corroborated event it reports (or founds a new one) and forwards
 * the updated corroborated event. An event id seen before is ignored, so re-sent articles change nothing.
 * Input key and output key: the entity (pair, route, actor), which is also what the stores are local to.
 * <p>What one event costs is bounded: the members near its date are found through {@link CandidateIndex} and
 * compared one by one, the new member is one entry of the member store ({@link ClusterMembers}), and the cluster's
 * value keeps a summary that one member updates ({@link Clusters#add}) rather than every member.
 */
public final class CorroborationProcessor implements FixedKeyProcessor<String, Event, CorroboratedCluster> {

    /**
     * Member profiles kept per task: enough for every member within the date gap of a day's reports in a busy feed
     * (a profile is a few hundred bytes: two days and a set of about a dozen words).
     */
    static final int KEPT_PROFILES = 8192;

    private final String clustersStore;
    private final String membersStore;
    private final String datesStore;
    private final String clusterMembersStore;
    private final CorroborationRules rules;
    /**
     * What scoring reads of recently compared or filed members, by member key, so a candidate is not read from the
     * store, decoded and tokenised again for every event near its date. A member entry is written once and never
     * changed, so a kept profile cannot go stale; the store stays the truth (a member not kept here is read there).
     */
    private final Map<String, CorroborationRules.Profile> profiles = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CorroborationRules.Profile> eldest) {
            return size() > KEPT_PROFILES;
        }
    };
    private FixedKeyProcessorContext<String, CorroboratedCluster> context;
    private KeyValueStore<String, CorroboratedCluster> clusters;
    private KeyValueStore<String, String> members;
    private KeyValueStore<String, String> dates;
    private KeyValueStore<String, ClusterMember> clusterMembers;

    /**
     * @param membersStore        event id -> the key of its cluster (idempotence)
     * @param datesStore          the candidate index ({@link CandidateIndex})
     * @param clusterMembersStore every member of every cluster ({@link ClusterMembers})
     */
    public CorroborationProcessor(String clustersStore, String membersStore, String datesStore,
            String clusterMembersStore, CorroborationRules rules) {
        this.clustersStore = clustersStore;
        this.membersStore = membersStore;
        this.datesStore = datesStore;
        this.clusterMembersStore = clusterMembersStore;
        this.rules = rules;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, CorroboratedCluster> context) {
        this.context = context;
        // init runs again when a task is revived after its state was wiped: kept profiles may be of rolled-back writes
        profiles.clear();
        this.clusters = context.getStateStore(clustersStore);
        this.members = context.getStateStore(membersStore);
        this.dates = context.getStateStore(datesStore);
        this.clusterMembers = context.getStateStore(clusterMembersStore);
    }

    @Override
    public void process(FixedKeyRecord<String, Event> record) {
        Event event = record.value();
        if (event == null || members.get(event.getId()) != null) {
            return;
        }
        String key = EventIdentity.corroborationKey(event);
        ClusterMember member = Clusters.member(event, record.timestamp());
        CorroborationRules.Profile profile = CorroborationRules.Profile.of(member);
        CorroboratedCluster best = bestMatch(key, member, profile);
        CorroboratedCluster updated = best == null ? Clusters.found(event, record.timestamp())
                : Clusters.add(best.getMemberCount() == 0 ? migrate(best) : best, member);
        String storeKey = storeKey(key, updated.getId());
        String memberKey = file(key, storeKey, updated.getId(), updated.getMemberCount() - 1, member);
        profiles.put(memberKey, profile);
        clusters.put(storeKey, updated);
        members.put(event.getId(), storeKey);
        context.forward(record.withValue(updated));
    }

    public static String storeKey(String corroborationKey, String clusterId) {
        return ClusterMembers.storeKey(corroborationKey, clusterId);
    }

    /** Files the member in the member store and the candidate index; returns its key in the member store. */
    private String file(String key, String storeKey, String clusterId, int number, ClusterMember member) {
        String memberKey = ClusterMembers.key(storeKey, number);
        clusterMembers.put(memberKey, member);
        CandidateIndex.add(dates, key, member, clusterId, memberKey, number);
        return memberKey;
    }

    /** A cluster written before the member store: its members move there, its summary gains what add needs. */
    private CorroboratedCluster migrate(CorroboratedCluster legacy) {
        String storeKey = storeKey(legacy.getKey(), legacy.getId());
        List<ClusterMember> all = legacy.getMembers();
        for (int i = 0; i < all.size(); i++) {
            file(legacy.getKey(), storeKey, legacy.getId(), i, all.get(i));
        }
        return Clusters.fromMembers(legacy);
    }

    /** The best-scoring cluster the member may join (ties: the smallest cluster id), or null. */
    private CorroboratedCluster bestMatch(String key, ClusterMember member, CorroborationRules.Profile profile) {
        Map<String, Double> scores = new TreeMap<>();
        CandidateIndex.Candidates candidates = CandidateIndex.candidates(dates, key, member, rules.maxGapDays());
        candidates.members().forEach((clusterId, memberKeys) -> {
            if (!candidates.excluded().contains(clusterId)) {
                scores.put(clusterId, bestMemberScore(memberKeys, profile));
            }
        });
        for (String clusterId : CandidateIndex.legacy(dates, key, member, rules.maxGapDays())) {
            CorroboratedCluster legacy = clusters.get(storeKey(key, clusterId));
            if (legacy != null && legacy.getMemberCount() == 0) {
                scores.put(clusterId, rules.score(legacy, member));
            }
        }
        String best = null;
        double bestScore = -1;
        for (Map.Entry<String, Double> s : scores.entrySet()) {
            if (s.getValue() > bestScore) {
                best = s.getKey();
                bestScore = s.getValue();
            }
        }
        return best == null || bestScore < 0 ? null : clusters.get(storeKey(key, best));
    }

    /** Single linkage: the best score against any of the members, each read from the member store once. */
    private double bestMemberScore(List<String> memberKeys, CorroborationRules.Profile event) {
        double best = -1;
        for (String memberKey : memberKeys) {
            CorroborationRules.Profile m = profileOf(memberKey);
            if (m != null) {
                best = Math.max(best, rules.score(m, event));
            }
        }
        return best;
    }

    private CorroborationRules.Profile profileOf(String memberKey) {
        CorroborationRules.Profile kept = profiles.get(memberKey);
        if (kept != null) {
            return kept;
        }
        ClusterMember m = clusterMembers.get(memberKey);
        if (m == null) {
            return null;
        }
        CorroborationRules.Profile read = CorroborationRules.Profile.of(m);
        profiles.put(memberKey, read);
        return read;
    }
}
