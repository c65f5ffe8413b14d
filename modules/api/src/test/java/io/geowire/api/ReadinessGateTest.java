package io.geowire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.junit.jupiter.api.Test;

class ReadinessGateTest {

    private final AtomicReference<String> status = new AtomicReference<>(HealthInfo.STARTING);

    @Test
    void shouldAnswer503WithRetryAfterOnEveryApiPathWhileStarting() {
        try (RunningApi api = RunningApi.start(new InMemoryQueries().withRoute(Samples.cpc()), health())) {
            for (String path : new String[] {"/api/routes", "/api/routes/CPC", "/api/stance/pairs", "/api/summary",
                    "/api/events", "/api/sanctions/KAZ", "/api/stance?actor=KAZ&target=RUS"}) {
                RunningApi.Reply reply = api.get(path);

                assertThat(reply.status()).as(path).isEqualTo(503);
                assertThat(reply.headers().firstValue("Retry-After")).as(path).hasValue("1");
                assertThat(reply.json().path("error").asText()).as(path).contains("not queryable yet");
            }
            assertThat(api.get("/health").status()).isEqualTo(503);
            assertThat(api.get("/api/openapi.json").status()).isEqualTo(200);
            assertThat(api.get("/api/instances").status()).isEqualTo(200);
        }
    }

    @Test
    void shouldAnswerOnceTheStateIsQueryable() {
        try (RunningApi api = RunningApi.start(new InMemoryQueries().withRoute(Samples.cpc()), health())) {
            assertThat(api.get("/api/routes").status()).isEqualTo(503);
            status.set(HealthInfo.UP);

            assertThat(api.get("/api/routes").status()).isEqualTo(200);
        }
    }

    @Test
    void shouldStayOpenDuringALaterRebalanceButCloseWhenDown() {
        try (RunningApi api = RunningApi.start(new InMemoryQueries().withRoute(Samples.cpc()), health())) {
            status.set(HealthInfo.UP);
            assertThat(api.get("/api/routes").status()).isEqualTo(200);

            status.set(HealthInfo.STARTING);
            assertThat(api.get("/api/routes").status()).isEqualTo(200);

            status.set(HealthInfo.DOWN);
            assertThat(api.get("/api/routes").status()).isEqualTo(503);
        }
    }

    @Test
    void shouldAnswer503NotInternalErrorWhenAStoreIsNotOpenYet() {
        InMemoryQueries queries = new InMemoryQueries();
        status.set(HealthInfo.UP);
        try (RunningApi api = RunningApi.start(queries, health())) {
            queries.failWith(new InvalidStateStoreException(
                    "Cannot get state store route-states because the stream thread is STARTING, not RUNNING"));

            RunningApi.Reply reply = api.get("/api/routes");

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(reply.text()).doesNotContain("internal error");
        }
    }

    private HealthInfo health() {
        return HealthInfo.of(status::get, "localhost:9092");
    }
}
