package io.geowire.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicPlanTest {

    @Test
    void shouldKeepOneCopyWhenClusterHasOneBroker() {
        TopicPlan plan = TopicPlan.forCluster(1, 3);

        assertThat(plan.replicationFactor()).isEqualTo((short) 1);
        assertThat(plan.minInSyncReplicas()).isEqualTo(1);
    }

    @Test
    void shouldAllowOneCopyDownWhenClusterHasTwoBrokers() {
        TopicPlan plan = TopicPlan.forCluster(2, 3);

        assertThat(plan.replicationFactor()).isEqualTo((short) 2);
        assertThat(plan.minInSyncReplicas()).isEqualTo(1);
    }

    @Test
    void shouldNeedTwoOfThreeCopiesWhenClusterHasThreeOrMoreBrokers() {
        for (int brokers : new int[] {3, 4, 12}) {
            TopicPlan plan = TopicPlan.forCluster(brokers, 6);

            assertThat(plan.replicationFactor()).isEqualTo((short) 3);
            assertThat(plan.minInSyncReplicas()).isEqualTo(2);
            assertThat(plan.partitions()).isEqualTo(6);
        }
    }

    @Test
    void shouldSayWhatItChoseAndWhyWhenDescribed() {
        assertThat(TopicPlan.forCluster(3, 3).describe())
                .isEqualTo("3 partitions, replication factor 3, min.insync.replicas 2 (the cluster has 3 brokers)");
        assertThat(TopicPlan.forCluster(1, 1).describe()).endsWith("(the cluster has 1 broker)");
    }

    @Test
    void shouldRefuseWhenClusterHasNoBroker() {
        assertThatThrownBy(() -> TopicPlan.forCluster(0, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
