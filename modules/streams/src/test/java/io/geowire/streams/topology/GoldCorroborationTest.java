package io.geowire.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geowire.model.avro.ClusterMember;
import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.Event;
import io.geowire.model.avro.RouteDisruptionEvent;
import io.geowire.model.avro.SanctionStatementEvent;
import io.geowire.model.avro.StanceEvent;
import io.geowire.streams.StoreNames;
import io.geowire.streams.internal.ClusterMembers;
import io.geowire.streams.support.Driver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Corroboration measured against the seed gold annotations: the gold events of every article go through
 * the topology, and the cross-article pairs it merges are compared with the real-world events listed in
 * gold/SUMMARY.md. Prints precision and recall; docs/topology.md quotes them.
 */
class GoldCorroborationTest {

    private static final Pattern ROW = Pattern.compile("^\\| \\d+ \\|[^|]*\\| (\\d+) \\| ([^|]+) \\|", Pattern.MULTILINE);
    private static final Pattern REF = Pattern.compile("(\\d{3}) \\[([\\d,]+)\\]");

    private record Pair(String a, String b) {
        static Pair of(String x, String y) {
            return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
        }
    }

    @Test
    void shouldMergeMostlyTrueCrossArticlePairsWhenFedTheGoldEvents() throws IOException {
        Path gold = sharedDir().resolve("gold");
        Assumptions.assumeTrue(Files.isDirectory(gold), "no gold annotations at " + gold);
        List<Path> files;
        try (Stream<Path> s = Files.list(gold)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Set<Pair> predicted = new HashSet<>();
        try (Driver d = new Driver()) {
            ObjectMapper json = new ObjectMapper();
            for (Path file : files) {
                JsonNode doc = json.readTree(file.toFile());
                String prefix = file.getFileName().toString().substring(0, 3);
                JsonNode events = doc.get("events");
                for (int i = 0; i < events.size(); i++) {
                    d.event(event(prefix + "#" + i, prefix, text(doc, "published"), events.get(i)));
                }
            }
            try (var it = d.<CorroboratedCluster>store(StoreNames.CORROBORATION_CLUSTERS).all()) {
                it.forEachRemaining(kv -> predicted.addAll(crossArticlePairs(ClusterMembers.of(
                        d.<ClusterMember>store(StoreNames.CORROBORATION_CLUSTER_MEMBERS), kv.value).stream()
                        .map(m -> m.getEventId()).toList())));
            }
        }
        Set<Pair> expected = goldPairs(Files.readString(gold.resolve("SUMMARY.md")));
        long right = predicted.stream().filter(expected::contains).count();
        double precision = predicted.isEmpty() ? 0 : (double) right / predicted.size();
        double recall = (double) right / expected.size();
        System.out.printf(Locale.ROOT, "gold corroboration: %d predicted cross-article pairs, %d gold pairs, "
                + "%d right: precision %.2f recall %.2f%n", predicted.size(), expected.size(), right, precision, recall);

        assertThat(predicted).as("the 29 March statement, reported by 000 and 002")
                .contains(Pair.of("000#7", "002#7"));
        assertThat(precision).isGreaterThanOrEqualTo(0.8);
    }

    private static Set<Pair> crossArticlePairs(List<String> ids) {
        Set<Pair> pairs = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                if (!ids.get(i).substring(0, 3).equals(ids.get(j).substring(0, 3))) {
                    pairs.add(Pair.of(ids.get(i), ids.get(j)));
                }
            }
        }
        return pairs;
    }

    /** Pairs of events from different articles that SUMMARY.md lists as the same real-world event. */
    static Set<Pair> goldPairs(String summary) {
        Set<Pair> pairs = new HashSet<>();
        Matcher row = ROW.matcher(summary);
        while (row.find()) {
            List<String> ids = new ArrayList<>();
            Matcher ref = REF.matcher(row.group(2));
            while (ref.find()) {
                for (String idx : ref.group(2).split(",")) {
                    ids.add(ref.group(1) + "#" + idx.strip());
                }
            }
            pairs.addAll(crossArticlePairs(ids));
        }
        return pairs;
    }

    private static Event event(String id, String article, String published, JsonNode e) {
        String type = e.get("type").asText();
        String evidence = e.get("evidence").asText();
        String date = text(e, "date");
        boolean hedged = e.path("hedged").asBoolean(false);
        Object payload = switch (type) {
            case "stance" -> StanceEvent.newBuilder().setId(id).setArticleId(article).setArticle(article)
                    .setPublished(published).setDate(date).setHedged(hedged).setEvidence(evidence)
                    .setEvidenceStart(0).setEvidenceEnd(evidence.length()).setConfidence(1.0)
                    .setExtractorVersion("gold").setActor(text(e, "actor")).setTarget(text(e, "target"))
                    .setPolarity(text(e, "polarity")).setTopic(text(e, "topic")).build();
            case "route_disruption" -> RouteDisruptionEvent.newBuilder().setId(id).setArticleId(article)
                    .setArticle(article).setPublished(published).setDate(date).setHedged(hedged)
                    .setEvidence(evidence).setEvidenceStart(0).setEvidenceEnd(evidence.length()).setConfidence(1.0)
                    .setExtractorVersion("gold").setRoute(text(e, "route")).setStatus(text(e, "status"))
                    .setCause(text(e, "cause")).setMagnitude(text(e, "magnitude")).build();
            default -> SanctionStatementEvent.newBuilder().setId(id).setArticleId(article).setArticle(article)
                    .setPublished(published).setDate(date).setHedged(hedged).setEvidence(evidence)
                    .setEvidenceStart(0).setEvidenceEnd(evidence.length()).setConfidence(1.0)
                    .setExtractorVersion("gold").setActor(text(e, "actor")).setSpeaker(text(e, "speaker"))
                    .setPosition(text(e, "position")).setRegime(text(e, "regime")).build();
        };
        return new Event(id, type, payload);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Path sharedDir() {
        String dir = System.getProperty("geowire.shared.dir");
        return dir != null ? Path.of(dir) : Path.of("../../../shared");
    }
}
