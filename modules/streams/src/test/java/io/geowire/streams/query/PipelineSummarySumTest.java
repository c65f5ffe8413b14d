package io.geowire.streams.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineSummarySumTest {

    @Test
    void shouldAddEveryCountWhenInstancesAnswerTheirParts() {
        PipelineSummary one = new PipelineSummary(3, Map.of("stance", 2L), Map.of("stance", 1L), 1, 0);
        PipelineSummary two = new PipelineSummary(4, Map.of("stance", 1L, "route_disruption", 2L),
                Map.of("route_disruption", 2L), 0, 2);

        PipelineSummary all = PipelineSummary.sum(List.of(one, two));

        assertThat(all).isEqualTo(new PipelineSummary(7, Map.of("stance", 3L, "route_disruption", 2L),
                Map.of("stance", 1L, "route_disruption", 2L), 1, 2));
    }
}
