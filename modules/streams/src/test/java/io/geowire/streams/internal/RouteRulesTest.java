package io.geowire.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.avro.RouteIncidentEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteRulesTest {

    static RouteIncidentEntry incident(String id, String date, String status, String magnitude) {
        return new RouteIncidentEntry(id, date, LocalDate.parse(date).toEpochDay(), status, null, magnitude, 1,
                List.of("a-" + id), false, "evidence");
    }

    /** The sweep over a whole list, in the order the route-days replay feeds it. */
    static DisruptionSweep sweep(List<RouteIncidentEntry> incidents) {
        List<RouteIncidentEntry> sorted = new ArrayList<>(incidents);
        sorted.sort(Comparator.comparingLong(RouteIncidentEntry::getEventDay).thenComparing(DisruptionSweep::sameDayOrder));
        DisruptionSweep sweep = DisruptionSweep.start();
        sorted.forEach(sweep::add);
        return sweep;
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
        DisruptionSweep s = sweep(List.of(incident("x", "2022-07-05", "disrupted", "30 days"),
                incident("y", "2022-07-10", "disrupted", "10 days")));
        assertThat(s.daysDisrupted()).isEqualTo(30);
    }

    @Test
    void shouldPreferDisruptedWhenTwoIncidentsShareTheLatestDay() {
        DisruptionSweep s = sweep(List.of(incident("x", "2022-07-05", "restored", null),
                incident("y", "2022-07-05", "disrupted", null)));
        assertThat(s.status()).isEqualTo("disrupted");
        assertThat(s.daysDisrupted()).as("a restored incident of the same day does not end the disruption")
                .isEqualTo(1);
    }

    @Test
    void shouldLastUntilTheNextRestoredIncidentWhenNoDurationIsStated() {
        DisruptionSweep s = sweep(List.of(incident("x", "2022-07-05", "disrupted", null),
                incident("y", "2022-07-10", "disrupted", null),
                incident("z", "2022-07-20", "restored", null),
                incident("w", "2022-08-01", "disrupted", null)));
        assertThat(s.daysDisrupted()).as("15 days to the restore, then one day").isEqualTo(16);
        assertThat(s.status()).isEqualTo("disrupted");
        assertThat(s.since()).isEqualTo("2022-08-01");
    }

    @Test
    void shouldCountAStatedSpanBeyondTheRestoreOnceWhenItOverlapsAPendingDisruption() {
        DisruptionSweep s = sweep(List.of(incident("x", "2022-07-01", "disrupted", null),
                incident("y", "2022-07-03", "disrupted", "30 days"),
                incident("z", "2022-07-11", "restored", null)));
        // [07-01, 07-11) and [07-03, 08-02): one span from 07-01 to 08-02
        assertThat(s.daysDisrupted()).isEqualTo(32);
        assertThat(s.status()).isEqualTo("operational");
        assertThat(s.since()).isEqualTo("2022-07-11");
    }
}
