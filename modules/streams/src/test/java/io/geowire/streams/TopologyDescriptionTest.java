package io.geowire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

/**
 * The topology's shape is part of the deployment (changelog and repartition topic names derive from it):
 * any change must be deliberate. When you change the topology on purpose, run this test with
 * -Dgeowire.topology.update=true and commit the new description file with the change.
 */
class TopologyDescriptionTest {

    private static final String RESOURCE = "/topology-description.txt";

    @Test
    void shouldMatchTheCheckedInDescriptionWhenBuiltWithDefaults() throws IOException {
        String actual = GeowireTopology.build(TopologyOptions.defaults()).describe().toString();
        if (Boolean.getBoolean("geowire.topology.update")) {
            Files.writeString(Path.of("src/test/resources" + RESOURCE), actual);
        }
        try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
            assertThat(in).as("checked-in " + RESOURCE).isNotNull();
            String expected = Boolean.getBoolean("geowire.topology.update")
                    ? Files.readString(Path.of("src/test/resources" + RESOURCE))
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(actual).isEqualToNormalizingNewlines(expected);
        }
    }

    @Test
    void shouldUseOnlyDeclaredStoresAndTopicsWhenDescribed() {
        TopologyDescription d = GeowireTopology.build(TopologyOptions.defaults()).describe();
        Set<String> stores = new TreeSet<>();
        d.subtopologies().forEach(s -> s.nodes().forEach(n -> {
            if (n instanceof TopologyDescription.Processor p) {
                stores.addAll(p.stores());
            }
        }));
        assertThat(stores).containsExactlyInAnyOrderElementsOf(StoreNames.ALL);

        Set<String> topics = new TreeSet<>();
        Matcher m = Pattern.compile("topics?: \\[?([a-z-]+)").matcher(d.toString());
        while (m.find()) {
            topics.add(m.group(1));
        }
        assertThat(topics).containsExactlyInAnyOrder(Topics.ARTICLES, Topics.EVENTS, Topics.DEAD_LETTERS,
                Topics.STANCE_INDEX, Topics.ROUTE_STATUS, Topics.SANCTIONS_LEDGER,
                StoreNames.EVENTS_BY_ENTITY + "-repartition");
    }

    @Test
    void shouldRejectAnUnnamedStoreWhenExplicitNamingIsEnforced() {
        // the guard that keeps internal names stable: an unnamed aggregate must fail at build time
        var config = new org.apache.kafka.streams.TopologyConfig(new org.apache.kafka.streams.StreamsConfig(
                java.util.Map.of("application.id", "x", "bootstrap.servers", "unused:9092",
                        "ensure.explicit.internal.resource.naming", true)));
        var builder = new org.apache.kafka.streams.StreamsBuilder(config);
        builder.stream("in").groupByKey().count();
        org.assertj.core.api.Assertions.assertThatThrownBy(builder::build).isInstanceOf(RuntimeException.class);
    }
}
