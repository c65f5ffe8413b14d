package io.geowire.testing;

import org.apache.kafka.clients.admin.TopicListing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@KafkaIT
class SharedBrokerIT {

    private static TestKafka fromBeforeAll;
    private final TestKafka fromConstructor;

    SharedBrokerIT(TestKafka kafka) {
        this.fromConstructor = kafka;
    }

    @BeforeAll
    static void remember(TestKafka kafka) {
        fromBeforeAll = kafka;
    }

    @Test
    void shouldInjectOneSharedClusterWhenAskedInSeveralPlaces(TestKafka kafka) throws Exception {
        assertThat(kafka).isSameAs(fromConstructor).isSameAs(fromBeforeAll);
        assertThat(kafka.admin().describeCluster().nodes().get(30, TimeUnit.SECONDS)).isNotEmpty();
    }

    @Test
    void shouldCreateDistinctTopicsWhenPrefixRepeats(TestKafka kafka) throws Exception {
        String first = kafka.createTopic("same-prefix", 1);
        String second = kafka.createTopic("same-prefix", 3);

        Collection<TopicListing> topics = kafka.admin().listTopics().listings().get(30, TimeUnit.SECONDS);

        assertThat(first).isNotEqualTo(second).startsWith("same-prefix-");
        assertThat(topics).extracting(TopicListing::name).contains(first, second);
        assertThat(kafka.admin().describeTopics(java.util.List.of(second)).allTopicNames().get(30, TimeUnit.SECONDS)
                .get(second).partitions()).hasSize(3);
    }
}
