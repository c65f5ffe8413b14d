package io.geowire.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.avro.RouteIncidentEntry;
import io.geowire.model.avro.RouteState;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteRulesTest {

    private static RouteIncidentEntry incident(String id, String date, String status, String magnitude) {
        return new RouteIncidentEntry(id, date, LocalDate.parse(date).toEpochDay(), status, null, magnitude, 1,
                List.of("a-" + id), false, "evidence");
    }

    @Test
    void shouldReadDurationsFromMagnitudeWhenStated() {
        assertThat(RouteRules.statedDays("suspended for 30 days")).isEqualTo(30);
        assertThat(RouteRules.statedDays("up to 1 million bpd; two months of repairs")).isEqualTo(60);
        assertThat(RouteRules.statedDays("3 weeks")).isEqualTo(21);
        assertThat(RouteRules.statedDays("80% of crude exports")).isNull();
        assertThat(RouteRules.statedDays(null)).isNull();
    }

    @Test
    void shouldCountOverlappingDisruptionsOnceWhenSpansOverlap() {
        RouteState s = RouteRules.update(null, "CPC", incident("x", "2022-07-05", "disrupted", "30 days"));
        s = RouteRules.update(s, "CPC", incident("y", "2022-07-10", "disrupted", "10 days"));
        assertThat(s.getDaysDisrupted()).isEqualTo(30);
    }

    @Test
    void shouldPreferDisruptedWhenTwoIncidentsShareTheLatestDay() {
        RouteState s = RouteRules.update(null, "CPC", incident("x", "2022-07-05", "restored", null));
        s = RouteRules.update(s, "CPC", incident("y", "2022-07-05", "disrupted", null));
        assertThat(s.getStatus()).isEqualTo("disrupted");
    }

    @Test
    void shouldReplaceNotAddWhenTheSameIncidentIsUpdated() {
        RouteState s = RouteRules.update(null, "CPC", incident("x", "2022-07-05", "disrupted", null));
        s = RouteRules.update(s, "CPC", incident("x", "2022-07-05", "disrupted", "30 days"));
        assertThat(s.getIncidents()).hasSize(1);
        assertThat(s.getDaysDisrupted()).isEqualTo(30);
    }
}
