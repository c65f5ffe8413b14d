package io.geowire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApplicationResetTest {

    @Test
    void shouldNameEveryChangelogAndTheRepartitionTopicWhenListingInternalTopics() {
        var topics = ApplicationReset.internalTopics("geo-app",
                GeowireTopology.build(TopologyOptions.defaults().withStores(StoreKind.IN_MEMORY)));

        assertThat(topics).hasSize(StoreNames.ALL.size() + 1)
                .contains("geo-app-" + StoreNames.EVENTS_BY_ENTITY + "-repartition")
                .containsAll(StoreNames.ALL.stream().map(s -> "geo-app-" + s + "-changelog").toList())
                .allMatch(t -> t.startsWith("geo-app-"));
    }
}
