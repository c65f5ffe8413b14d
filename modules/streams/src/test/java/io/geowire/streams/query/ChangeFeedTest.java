package io.geowire.streams.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeFeedTest {

    private PipelineSummary summary = summary(0);
    private final List<CorroboratedEvent> events = new ArrayList<>();
    private final List<ChangeFeed.Change> heard = new ArrayList<>();
    // a long interval: the test calls poll() itself
    private final ChangeFeed feed = new ChangeFeed(() -> summary, q -> List.copyOf(events), Duration.ofHours(1));

    private static PipelineSummary summary(long articles) {
        return new PipelineSummary(articles, Map.of(), Map.of(), 0, 0);
    }

    private static CorroboratedEvent event(String id) {
        return new CorroboratedEvent(id, "stance", "2024-01-01", false, 0.8, "evidence", Map.of(), 1, List.of("a"),
                List.of("o"));
    }

    @Test
    void shouldReportOnlyEventsNotSeenBeforeWhenSummaryChanges() {
        events.add(event("old"));
        feed.subscribe(heard::add);
        feed.poll(); // baseline

        summary = summary(1);
        events.add(0, event("fresh"));
        feed.poll();

        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).summary().articles()).isEqualTo(1);
        assertThat(heard.get(0).newEvents()).extracting(CorroboratedEvent::id).containsExactly("fresh");
        feed.close();
    }

    @Test
    void shouldStaySilentWhenSummaryIsUnchanged() {
        feed.subscribe(heard::add);
        feed.poll();
        events.add(event("not-yet-counted"));
        feed.poll();

        assertThat(heard).isEmpty();
        feed.close();
    }

    @Test
    void shouldKeepTellingOthersWhenOneListenerFails() {
        feed.subscribe(c -> {
            throw new IllegalStateException("client gone");
        });
        feed.subscribe(heard::add);
        feed.poll();
        summary = summary(2);
        feed.poll();

        assertThat(heard).hasSize(1);
        feed.close();
    }

    @Test
    void shouldStopListeningWhenUnsubscribed() {
        Runnable undo = feed.subscribe(heard::add);
        feed.poll();
        undo.run();
        summary = summary(3);
        feed.poll();

        assertThat(heard).isEmpty();
        assertThat(feed.listeners()).isZero();
        feed.close();
    }
}
