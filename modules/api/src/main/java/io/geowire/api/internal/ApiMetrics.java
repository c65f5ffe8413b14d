package io.geowire.api.internal;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET /metrics in Prometheus text format: request latencies per route, JVM metrics and whatever the caller
 * binds (Kafka client and Streams metrics). Owns the registry only when it made it.
 */
public final class ApiMetrics implements ApiResource, AutoCloseable {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(ApiMetrics.class);
    // requests no route matched are counted under one tag: raw paths would let any client create series
    private static final String UNMATCHED = "NOT_FOUND";
    private static final String STATIC = "static";

    private final PrometheusMeterRegistry registry;
    private final boolean ownsRegistry;
    private final List<MeterBinder> bound = new ArrayList<>();

    public ApiMetrics(PrometheusMeterRegistry registry, List<MeterBinder> binders) {
        this.ownsRegistry = registry == null;
        this.registry = registry != null ? registry : new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        List<MeterBinder> all = new ArrayList<>(List.of(new JvmMemoryMetrics(), new JvmGcMetrics(),
                new JvmThreadMetrics(), new ClassLoaderMetrics(), new ProcessorMetrics(), new UptimeMetrics()));
        all.addAll(binders);
        all.forEach(binder -> {
            binder.bindTo(this.registry);
            bound.add(binder);
        });
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void configure(JavalinConfig config) {
        config.requestLogger.http((ctx, millis) -> record(ctx, millis));
    }

    @Override
    public void register(Javalin app) {
        app.get("/metrics", ctx -> ctx.contentType(CONTENT_TYPE).result(registry.scrape()));
    }

    private void record(Context ctx, Float millis) {
        Timer.builder("http.server.requests")
                .description("HTTP requests answered by the API, by route template")
                .tag("method", ctx.method().name())
                .tag("route", route(ctx))
                .tag("status", Integer.toString(ctx.statusCode()))
                // buckets, not client-side percentiles: Prometheus aggregates buckets across instances
                // (histogram_quantile), and its registry does not export both for one timer anyway
                .publishPercentileHistogram()
                .register(registry)
                .record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
    }

    private static String route(Context ctx) {
        // requests no endpoint handled (static files, unknown paths) stop in a BEFORE phase without a route
        if (!ctx.handlerType().isHttpMethod()) {
            return ctx.statusCode() == 404 ? UNMATCHED : STATIC;
        }
        return ctx.endpointHandlerPath();
    }

    @Override
    public void close() {
        for (MeterBinder binder : bound) {
            if (binder instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.warn("closing metrics binder {} failed", binder.getClass().getName(), e);
                }
            }
        }
        if (ownsRegistry) {
            registry.close();
        }
    }
}
