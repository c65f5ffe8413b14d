package io.geowire.extract.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventSinkTest {
    private static EventSink.Draft route(String id, int start) {
        EventSink.Draft d = new EventSink.Draft();
        d.type = "route_disruption";
        d.route = id;
        d.status = "disrupted";
        d.evidence = id + " halted";
        d.start = start;
        d.end = start + d.evidence.length();
        return d;
    }

    @Test
    void shouldDropExactlyTheVetoedEventsAndAcceptThemAgainWhenRemovedByIndex() {
        EventSink sink = new EventSink("a.txt", "test");
        sink.add(route("CPC", 0));
        sink.add(route("BTC", 100));
        sink.add(route("TITR", 200));
        sink.removeAll(List.of(2, 0, 2));
        assertThat(sink.events()).extracting(e -> e.route()).containsExactly("BTC");
        assertThat(sink.add(route("CPC", 0))).isTrue();
    }
}
