package io.geowire.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class MetricsEndpointTest {

    @Test
    void shouldExposeRequestLatenciesPerRouteTemplateWhenScraped() {
        try (RunningApi api = RunningApi.start(new InMemoryQueries().withRoute(Samples.cpc()))) {
            api.get("/api/routes/CPC");
            api.get("/api/routes/cpc");
            api.get("/api/routes/NOPE");
            api.get("/no/such/path/at/all");

            RunningApi.Reply reply = api.get("/metrics");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.contentType()).startsWith("text/plain");
            String text = reply.text();
            assertThat(text).contains("# TYPE http_server_requests_seconds histogram");
            assertThat(countLine(text, "/api/routes/{id}", "200")).endsWith(" 2");
            assertThat(countLine(text, "/api/routes/{id}", "404")).endsWith(" 1");
            assertThat(text).contains("http_server_requests_seconds_bucket{")
                    .contains("route=\"NOT_FOUND\"")
                    .contains("le=\"+Inf\"")
                    .doesNotContain("/no/such/path");
        }
    }

    @Test
    void shouldExposeJvmMetricsWhenScraped() {
        try (RunningApi api = RunningApi.start(new InMemoryQueries())) {
            assertThat(api.get("/metrics").text())
                    .contains("jvm_memory_used_bytes", "jvm_threads_live_threads", "process_uptime_seconds");
        }
    }

    @Test
    void shouldBindCallersMetricsAndCloseThemWhenServerCloses() {
        AtomicBoolean closed = new AtomicBoolean();
        PrometheusMeterRegistry shared = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (RunningApi api = RunningApi.start(new InMemoryQueries(),
                ApiExtras.none().withRegistry(shared).withBinder(new ClosingBinder(closed)))) {
            assertThat(api.server().meterRegistry()).isSameAs(shared);
            assertThat(api.get("/metrics").text()).contains("geowire_test_records_lag 42.0");
        }
        assertThat(closed).isTrue();
        assertThat(shared.isClosed()).as("the caller's registry stays the caller's").isFalse();
        shared.close();
    }

    private static String countLine(String text, String route, String status) {
        return text.lines()
                .filter(l -> l.startsWith("http_server_requests_seconds_count{"))
                .filter(l -> l.contains("route=\"" + route + "\"") && l.contains("status=\"" + status + "\""))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no count for " + route + " " + status + " in\n" + text));
    }

    /** Stands in for KafkaStreamsMetrics: a binder that must be closed with the server. */
    private record ClosingBinder(AtomicBoolean closed) implements MeterBinder, AutoCloseable {

        @Override
        public void bindTo(io.micrometer.core.instrument.MeterRegistry registry) {
            Gauge.builder("geowire.test.records.lag", () -> 42).register(registry);
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }
}
