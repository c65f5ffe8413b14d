package io.geowire.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.api.internal.AnswerSource;
import io.geowire.api.internal.QueryRoute;
import io.geowire.api.internal.Staleness;
import io.geowire.streams.query.Answer;
import io.geowire.streams.query.GeowireQueries;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stale header of several instances comes from the {@link Answer} the query layer returns: the resources
 * write it, whatever thread answers; responses without an answer say {@code false}; one instance sends none.
 */
class StaleHeaderTest {

    private static final InMemoryQueries QUERIES = new InMemoryQueries().withRoute(Samples.cpc());
    private static final AtomicBoolean FROM_STANDBY = new AtomicBoolean();
    private static RunningApi cluster;

    @BeforeAll
    static void start() {
        AnswerSource standbyWhenSet = new AnswerSource() {
            @Override
            public <T> Answer<T> answer(Function<GeowireQueries, T> question) {
                return new Answer<>(question.apply(QUERIES), FROM_STANDBY.get());
            }
        };
        cluster = RunningApi.of(ApiServer.start(ApiOptions.onPort(0), standbyWhenSet,
                HealthInfo.of(() -> HealthInfo.UP, "localhost:9092"), ApiExtras.none(), List.of(new Staleness())));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void shouldMarkResponseStaleWhenAnswerCameFromStandby() {
        FROM_STANDBY.set(true);
        try {
            RunningApi.Reply reply = cluster.get("/api/routes");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(stale(reply)).contains("true");
            assertThat(reply.json().get(0).get("route").asText()).isEqualTo("CPC");
            // a miss read from a standby may be stale too: the key may have arrived on the active copy since
            assertThat(stale(cluster.get("/api/routes/NO_SUCH"))).contains("true");
        } finally {
            FROM_STANDBY.set(false);
        }
    }

    @Test
    void shouldMarkResponseFreshWhenEveryPartCameFromActiveCopies() {
        for (String path : List.of("/api/routes", "/api/routes/CPC", "/api/routes/NO_SUCH", "/api/summary")) {
            assertThat(stale(cluster.get(path))).as(path).contains("false");
        }
    }

    @Test
    void shouldSayFreshWhenResponseCarriesNoAnswer() {
        FROM_STANDBY.set(true);
        try {
            for (String path : List.of("/api/instances", "/api/openapi.json", "/api/routes/!!", "/api/nothing-here")) {
                assertThat(stale(cluster.get(path))).as(path).contains("false");
            }
        } finally {
            FROM_STANDBY.set(false);
        }
    }

    @Test
    void shouldSendNoStaleHeaderWhenOneInstanceServesItsOwnStores() {
        try (RunningApi single = RunningApi.start(new InMemoryQueries().withRoute(Samples.cpc()))) {
            assertThat(stale(single.get("/api/routes"))).isEmpty();
        }
    }

    @Test
    void shouldServeEveryStateReadingPathFromTheRouteTable() {
        List<String> fromTable = QueryRoute.ALL.stream().flatMap(r -> r.publicPath().stream()).toList();
        List<String> stateReading = cluster.server().getRoutes().stream()
                .filter(path -> path.startsWith(QueryRoute.PUBLIC_PREFIX + "/"))
                .filter(path -> !path.equals("/api/instances") && !path.equals("/api/openapi.json")
                        && !path.equals("/api/sources")
                        // the live stream has no route of its own: it reads the cluster-wide summary and events
                        && !path.equals("/api/stream"))
                .toList();

        assertThat(stateReading).containsExactlyInAnyOrderElementsOf(fromTable);
    }

    private static Optional<String> stale(RunningApi.Reply reply) {
        return reply.headers().firstValue(Staleness.HEADER);
    }
}
