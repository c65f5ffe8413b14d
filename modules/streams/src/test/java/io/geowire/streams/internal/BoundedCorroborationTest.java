package io.geowire.streams.internal;

import static io.geowire.streams.support.Samples.stance;
import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.AvroSerde;
import io.geowire.model.Serdes;
import io.geowire.model.avro.ClusterMember;
import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.Event;
import io.geowire.model.avro.StanceEvent;
import io.geowire.streams.StoreKind;
import io.geowire.streams.StoreNames;
import io.geowire.streams.TopologyOptions;
import io.geowire.streams.query.CorroboratedEvent;
import io.geowire.streams.query.EventQuery;
import io.geowire.streams.support.Driver;
import io.geowire.streams.topology.Corroboration;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

/**
 * Corroboration with members in a store of their own: the value stays small however many articles report one
 * event, every member stays reachable, and the clusters and their summaries are those of the rule as first written
 * (every member of every cluster of the key compared, the summary recomputed from all members).
 */
class BoundedCorroborationTest {

    private static final String EVIDENCE = "The minister said the republic would not join the new customs union.";

    @Test
    void shouldKeepTheValueBoundedAndEveryMemberReachableWhenTwoHundredArticlesReportOneEvent() {
        try (Driver d = new Driver()) {
            int[] sizeAt = new int[201];
            for (int i = 1; i <= 200; i++) {
                d.event(stance("e" + i, "a" + i, "KAZ", "RUS", "distancing", "2022-03-0" + (1 + i % 3), EVIDENCE));
                sizeAt[i] = encodedSize(onlyCluster(d));
            }

            CorroboratedCluster c = onlyCluster(d);
            assertThat(c.getMemberCount()).isEqualTo(200);
            assertThat(c.getSources()).isEqualTo(200);
            assertThat(c.getMembers()).as("the value keeps only the newest members").hasSize(Clusters.RECENT_MEMBERS);
            // what a member adds to the value is its article id (and outlet): about 20 bytes, not its evidence
            assertThat(sizeAt[200] - sizeAt[100]).isLessThan(100 * 40);

            List<ClusterMember> all = ClusterMembers.of(d.store(StoreNames.CORROBORATION_CLUSTER_MEMBERS), c);
            assertThat(all).extracting(ClusterMember::getEventId)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 200).mapToObj(i -> "e" + i).toList());
            KeyValueStore<String, String> index = d.store(StoreNames.CORROBORATION_DATES);
            assertThat(count(index)).as("one date and one article entry per member").isEqualTo(400);

            CorroboratedEvent shown = d.queries().events(new EventQuery(null, null, null, 10)).get(0);
            assertThat(shown.sources()).isEqualTo(200);
            assertThat(shown.articles()).containsExactlyElementsOf(
                    IntStream.rangeClosed(1, 200).mapToObj(i -> "a" + i).toList());
            assertThat(shown.date()).isEqualTo("2022-03-01");
        }
    }

    @Test
    void shouldFormTheClustersOfTheUnboundedRuleWhenEventsAreRandom() {
        Random random = new Random(7);
        List<Event> sent = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            boolean resent = i > 20 && random.nextInt(10) == 0;
            sent.add(resent ? sent.get(random.nextInt(sent.size())) : randomEvent(i, random));
        }
        CorroborationRules rules = new CorroborationRules(TopologyOptions.defaults().maxDateGapDays(),
                TopologyOptions.defaults().datedSimilarity(), TopologyOptions.defaults().undatedSimilarity());
        try (TopologyTestDriver d = corroborationOnly()) {
            TestInputTopic<String, Event> input = d.createInputTopic("events", new StringSerializer(),
                    Serdes.event().serializer(), Instant.parse("2022-10-01T00:00:00Z"), Duration.ofSeconds(1));
            sent.forEach(e -> input.pipeInput(e.getId(), e));

            Map<String, ClusterMember> memberOf = new LinkedHashMap<>();
            Map<String, String> clusterOf = new LinkedHashMap<>();
            KeyValueStore<String, ClusterMember> memberStore =
                    d.getKeyValueStore(StoreNames.CORROBORATION_CLUSTER_MEMBERS);
            try (var it = memberStore.all()) {
                it.forEachRemaining(kv -> {
                    memberOf.put(kv.value.getEventId(), kv.value);
                    String[] parts = kv.key.split("\\|");
                    clusterOf.put(kv.value.getEventId(), parts[parts.length - 2]);
                });
            }
            Map<String, List<ClusterMember>> expected = unboundedRule(sent, memberOf, rules);

            Map<String, CorroboratedCluster> actual = new TreeMap<>();
            try (var it = d.<String, CorroboratedCluster>getKeyValueStore(StoreNames.CORROBORATION_CLUSTERS).all()) {
                it.forEachRemaining(kv -> actual.put(kv.value.getId(), kv.value));
            }
            assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
            assertThat(expected.values().stream().filter(m -> m.size() > 2).count())
                    .as("the random input forms some clusters of several members").isGreaterThan(10);
            expected.forEach((id, members) -> {
                CorroboratedCluster c = actual.get(id);
                assertThat(ClusterMembers.of(memberStore, c)).as(id).containsExactlyElementsOf(members);
                assertSummary(c, members);
            });
        }
    }

    @Test
    void shouldMoveTheMembersOfAnOldValueIntoTheirStoreWhenAnEventJoinsIt() {
        try (Driver d = new Driver()) {
            d.event(stance("e1", "a1", "KAZ", "RUS", "distancing", "2022-03-01", EVIDENCE));
            d.event(stance("e2", "a2", "KAZ", "RUS", "distancing", "2022-03-02", EVIDENCE));
            CorroboratedCluster current = onlyCluster(d);
            List<ClusterMember> members = ClusterMembers.of(d.store(StoreNames.CORROBORATION_CLUSTER_MEMBERS), current);
            String key = current.getKey();
            String storeKey = ClusterMembers.storeKey(key, current.getId());
            // the state as the version before the member store wrote it
            d.<ClusterMember>store(StoreNames.CORROBORATION_CLUSTER_MEMBERS).delete(ClusterMembers.key(storeKey, 0));
            d.<ClusterMember>store(StoreNames.CORROBORATION_CLUSTER_MEMBERS).delete(ClusterMembers.key(storeKey, 1));
            KeyValueStore<String, String> index = d.store(StoreNames.CORROBORATION_DATES);
            List<String> entries = new ArrayList<>();
            try (var it = index.all()) {
                it.forEachRemaining(kv -> entries.add(kv.key));
            }
            entries.forEach(index::delete);
            index.put("D|" + key + "|2022-03-01|" + current.getId(), current.getId());
            index.put("D|" + key + "|2022-03-02|" + current.getId(), current.getId());
            d.<CorroboratedCluster>store(StoreNames.CORROBORATION_CLUSTERS).put(storeKey,
                    CorroboratedCluster.newBuilder(current).setMemberCount(0).setFieldConfidence(Map.of())
                            .setPublishedDay(null).setRecordDay(null).setMembers(members).build());

            d.event(stance("e3", "a3", "KAZ", "RUS", "distancing", "2022-03-03", EVIDENCE));
            d.event(stance("e4", "a4", "KAZ", "RUS", "distancing", "2022-03-04", EVIDENCE));

            CorroboratedCluster c = onlyCluster(d);
            assertThat(c.getMemberCount()).isEqualTo(4);
            assertThat(c.getArticles()).containsExactly("a1", "a2", "a3", "a4");
            assertThat(ClusterMembers.of(d.store(StoreNames.CORROBORATION_CLUSTER_MEMBERS), c))
                    .extracting(ClusterMember::getEventId).containsExactly("e1", "e2", "e3", "e4");
        }
    }

    /** Corroboration alone (the aggregates after it cost more than it in the driver and are tested elsewhere). */
    private static TopologyTestDriver corroborationOnly() {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, Event> events = builder.stream("events",
                Consumed.with(org.apache.kafka.common.serialization.Serdes.String(), Serdes.event())
                        .withName("events-in"));
        Corroboration.addTo(builder, events, TopologyOptions.defaults().withStores(StoreKind.IN_MEMORY));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "corroboration-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return new TopologyTestDriver(builder.build(), props);
    }

    /** The rule as first written: every cluster of the key in id order, every member, arrival order. */
    private static Map<String, List<ClusterMember>> unboundedRule(List<Event> sent, Map<String, ClusterMember> memberOf,
            CorroborationRules rules) {
        Map<String, Map<String, List<ClusterMember>>> byKey = new TreeMap<>();
        Map<String, List<ClusterMember>> clusters = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (Event e : sent) {
            if (!seen.add(e.getId())) {
                continue;
            }
            ClusterMember m = memberOf.get(e.getId());
            Map<String, List<ClusterMember>> ofKey = byKey.computeIfAbsent(EventIdentity.corroborationKey(e),
                    k -> new TreeMap<>());
            String best = null;
            double bestScore = -1;
            for (Map.Entry<String, List<ClusterMember>> c : ofKey.entrySet()) {
                CorroboratedCluster probe = CorroboratedCluster.newBuilder().setId(c.getKey()).setKey("k").setType("t")
                        .setEntity("x").setFields(Map.of()).setEventDay(0).setHedged(false).setConfidence(0)
                        .setEvidence("").setSources(0).setArticles(List.of()).setMembers(c.getValue()).build();
                double score = rules.score(probe, m);
                if (score > bestScore) {
                    best = c.getKey();
                    bestScore = score;
                }
            }
            String id = best != null && bestScore >= 0 ? best : Clusters.idFor(e.getId());
            ofKey.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
            clusters.put(id, ofKey.get(id));
        }
        return clusters;
    }

    /** The summary recomputed from all members as the first version did. */
    private static void assertSummary(CorroboratedCluster c, List<ClusterMember> members) {
        List<ClusterMember> byConfidence = new ArrayList<>(members);
        byConfidence.sort(Comparator.comparingDouble(ClusterMember::getConfidence).reversed());
        Map<String, String> fields = new LinkedHashMap<>();
        byConfidence.forEach(m -> m.getFields().forEach(fields::putIfAbsent));
        Set<String> articles = new LinkedHashSet<>();
        Set<String> outlets = new LinkedHashSet<>();
        members.forEach(m -> {
            articles.add(m.getArticleId());
            if (m.getOutlet() != null) {
                outlets.add(m.getOutlet());
            }
        });
        String date = null;
        for (ClusterMember m : members) {
            String x = m.getDate();
            if (EventDates.start(x) != null && (date == null || (EventDates.isDay(x) != EventDates.isDay(date)
                    ? EventDates.isDay(x) : EventDates.start(x).isBefore(EventDates.start(date))))) {
                date = x;
            }
        }
        long eventDay = date != null ? EventDates.start(date).toEpochDay()
                : members.stream().map(m -> EventDates.start(m.getPublished())).filter(p -> p != null)
                        .mapToLong(LocalDate::toEpochDay).min()
                        .orElseGet(() -> members.stream().mapToLong(m -> EventDates.dayOfMillis(m.getTimestamp()))
                                .min().orElse(0L));
        assertThat(c.getFields()).as(c.getId()).isEqualTo(fields);
        assertThat(c.getDate()).as(c.getId()).isEqualTo(date);
        assertThat(c.getEventDay()).as(c.getId()).isEqualTo(eventDay);
        assertThat(c.getHedged()).isEqualTo(members.stream().allMatch(ClusterMember::getHedged));
        assertThat(c.getConfidence()).isEqualTo(byConfidence.get(0).getConfidence());
        assertThat(c.getEvidence()).as(c.getId()).isEqualTo(byConfidence.get(0).getEvidence());
        assertThat(c.getArticles()).containsExactlyElementsOf(articles);
        assertThat(c.getOutlets()).containsExactlyElementsOf(outlets);
        assertThat(c.getSources()).isEqualTo(articles.size());
        assertThat(c.getMemberCount()).isEqualTo(members.size());
        assertThat(c.getMembers()).containsExactlyElementsOf(
                members.subList(Math.max(0, members.size() - Clusters.RECENT_MEMBERS), members.size()));
    }

    private static final String[] WORDS = "border pipeline summit treaty grain corridor tariff envoy port talks"
            .split(" ");

    /** Few keys, few articles, dates of every precision, a small vocabulary: many matches and near misses. */
    private static Event randomEvent(int i, Random random) {
        String article = "a" + random.nextInt(60);
        LocalDate day = LocalDate.parse("2022-03-01").plusDays(random.nextInt(40));
        int precision = random.nextInt(10);
        String date = precision < 6 ? day.toString() : precision < 8 ? day.toString().substring(0, 7) : null;
        String published = random.nextBoolean() ? day.plusDays(random.nextInt(5)).toString() : null;
        StringBuilder evidence = new StringBuilder();
        for (int w = 0; w < 6; w++) {
            evidence.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        Event e = stance("r" + i, article, "KAZ", random.nextBoolean() ? "RUS" : "CHN", "distancing", date, published,
                evidence.toString().strip(), Math.round(random.nextDouble() * 4) / 4.0, random.nextInt(4) == 0);
        StanceEvent s = (StanceEvent) e.getPayload();
        s.setTopic(random.nextBoolean() ? null : WORDS[random.nextInt(WORDS.length)]);
        s.setSource(random.nextInt(5) == 0 ? null : "outlet-" + random.nextInt(6));
        return e;
    }

    private static CorroboratedCluster onlyCluster(Driver d) {
        List<CorroboratedCluster> all = new ArrayList<>();
        try (var it = d.<CorroboratedCluster>store(StoreNames.CORROBORATION_CLUSTERS).all()) {
            it.forEachRemaining(kv -> all.add(kv.value));
        }
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static int encodedSize(CorroboratedCluster c) {
        return AvroSerde.of(CorroboratedCluster.class).encode(c).length;
    }

    private static long count(KeyValueStore<String, String> store) {
        long n = 0;
        try (var it = store.all()) {
            while (it.hasNext()) {
                it.next();
                n++;
            }
        }
        return n;
    }
}
