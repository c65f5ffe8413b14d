package io.geowire.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.avro.RouteIncidentEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The incremental sweep against the rules applied to the whole list at once (day by day, as written down). */
class DisruptionSweepTest {

    private static final String[] STATUSES = {"disrupted", "restored", "at_risk", "alternative"};
    private static final String[] MAGNITUDES = {null, null, null, "3 days", "two weeks", "1 month", "0 days"};

    @Test
    void shouldAgreeWithTheWholeListRulesWhenIncidentsAreRandom() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<RouteIncidentEntry> incidents = new ArrayList<>();
            int n = 1 + random.nextInt(25);
            for (int i = 0; i < n; i++) {
                String date = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(90)).toString();
                incidents.add(RouteRulesTest.incident("i" + i, date, STATUSES[random.nextInt(STATUSES.length)],
                        MAGNITUDES[random.nextInt(MAGNITUDES.length)]));
            }
            DisruptionSweep sweep = RouteRulesTest.sweep(incidents);
            assertThat(sweep.daysDisrupted()).as("days disrupted of %s", incidents).isEqualTo(coveredDays(incidents));
            assertThat(sweep.status()).as("status of %s", incidents).isEqualTo(status(incidents));
        }
    }

    /** Each disrupted incident's span, day by day, then the distinct days. */
    private static long coveredDays(List<RouteIncidentEntry> incidents) {
        TreeSet<Long> days = new TreeSet<>();
        for (RouteIncidentEntry d : incidents) {
            if (!"disrupted".equals(d.getStatus())) {
                continue;
            }
            Long stated = RouteRules.statedDays(d.getMagnitude());
            long end = stated != null ? d.getEventDay() + stated : incidents.stream()
                    .filter(r -> "restored".equals(r.getStatus()) && r.getEventDay() > d.getEventDay())
                    .mapToLong(RouteIncidentEntry::getEventDay).min().orElse(d.getEventDay() + 1);
            for (long day = d.getEventDay(); day < end; day++) {
                days.add(day);
            }
        }
        return days.size();
    }

    private static String status(List<RouteIncidentEntry> incidents) {
        return incidents.stream().filter(i -> RouteRules.rank(i.getStatus()) > 0)
                .max(Comparator.comparingLong(RouteIncidentEntry::getEventDay)
                        .thenComparingInt(i -> RouteRules.rank(i.getStatus())))
                .map(i -> "restored".equals(i.getStatus()) ? "operational" : i.getStatus())
                .orElse("operational");
    }
}
