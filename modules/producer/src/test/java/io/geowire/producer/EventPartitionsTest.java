package io.geowire.producer;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.ExtractedEvent;
import io.geowire.model.EntityKey;
import io.geowire.model.EventFields;
import org.junit.jupiter.api.Test;

class EventPartitionsTest {

    @Test
    void shouldPartitionByTheEntityStreamsGroupsByWhenEventsShareIt() {
        ExtractedEvent one = stance("e1", "KAZ", "RUS");
        ExtractedEvent other = stance("e2", " KAZ", "RUS ");

        assertThat(EventPartitions.entity(one)).isEqualTo(EntityKey.stancePair("KAZ", "RUS"));
        assertThat(EventPartitions.partition(other, 12)).isEqualTo(EventPartitions.partition(one, 12));
    }

    @Test
    void shouldUseTheRouteAsEntityWhenEventIsADisruption() {
        ExtractedEvent disruption = new ExtractedEvent("e3", EventFields.ROUTE_DISRUPTION, "a.txt", null, false,
                "Loadings stopped.", 0, 17, 0.9, null, null, null, null, "CPC", "disrupted", null, null, null, null,
                null, "test");

        assertThat(EventPartitions.entity(disruption)).isEqualTo(EntityKey.route("CPC"));
    }

    private static ExtractedEvent stance(String id, String actor, String target) {
        return new ExtractedEvent(id, EventFields.STANCE, "a.txt", null, false, "They met.", 0, 9, 0.9, actor,
                target, "aligning", null, null, null, null, null, null, null, null, "test");
    }
}
