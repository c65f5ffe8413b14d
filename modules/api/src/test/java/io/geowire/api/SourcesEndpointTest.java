package io.geowire.api;

import static io.geowire.api.Replies.assertJson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcesEndpointTest {

    @Test
    void shouldAnswerEmptyListWhenInstanceRunsNoLiveSources() {
        try (RunningApi api = RunningApi.start(new InMemoryQueries())) {
            assertJson(api.get("/api/sources"), 200, "[]");
        }
    }

    @Test
    void shouldListSourceStateAsSuppliedWhenAsked() {
        List<SourceInfo> live = new ArrayList<>();
        SourcesInfo supplier = () -> List.copyOf(live);
        try (RunningApi api = RunningApi.start(new InMemoryQueries(), ApiExtras.none().withSources(supplier))) {
            live.add(new SourceInfo("feed:http://news.example/rss", "feed", "http://news.example/rss", 3,
                    Instant.parse("2026-03-01T10:00:00Z"), 4, 3, 1, 2, 0, 1, 1, "page of a: HTTP 404",
                    Instant.parse("2026-03-01T09:59:00Z")));

            assertJson(api.get("/api/sources"), 200, """
                    [{"id":"feed:http://news.example/rss","kind":"feed","location":"http://news.example/rss",
                      "polls":3,"last_poll":"2026-03-01T10:00:00Z","items":4,"produced":3,"already_produced":1,
                      "articles":2,"duplicates":0,"dead_letters":1,"errors":1,"last_error":"page of a: HTTP 404",
                      "last_error_at":"2026-03-01T09:59:00Z"}]
                    """);
        }
    }
}
