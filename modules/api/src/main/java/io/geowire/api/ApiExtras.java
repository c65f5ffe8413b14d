package io.geowire.api;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Optional collaborators of the {@link ApiServer}; {@link #none()} gives the defaults.
 *
 * @param instances what {@code GET /api/instances} lists; null = this single instance
 * @param registry  the registry {@code GET /metrics} scrapes; null = the server makes (and closes) its own.
 *                  Pass one to share it with the rest of the application; then the caller closes it. The
 *                  server binds the JVM and process metrics to it: do not bind those again
 * @param binders   further metrics to bind to the registry, e.g. {@code new KafkaStreamsMetrics(streams)};
 *                  the server closes those that are {@link AutoCloseable} when it closes
 * @param sources   what {@code GET /api/sources} lists: the live sources of this instance (none by default)
 */
public record ApiExtras(InstancesInfo instances, PrometheusMeterRegistry registry, List<MeterBinder> binders,
        SourcesInfo sources) {

    public ApiExtras {
        binders = List.copyOf(binders);
        sources = sources == null ? SourcesInfo.NONE : sources;
    }

    public ApiExtras(InstancesInfo instances, PrometheusMeterRegistry registry, List<MeterBinder> binders) {
        this(instances, registry, binders, SourcesInfo.NONE);
    }

    public static ApiExtras none() {
        return new ApiExtras(null, null, List.of(), SourcesInfo.NONE);
    }

    public ApiExtras withInstances(InstancesInfo value) {
        return new ApiExtras(value, registry, binders, sources);
    }

    public ApiExtras withRegistry(PrometheusMeterRegistry value) {
        return new ApiExtras(instances, value, binders, sources);
    }

    public ApiExtras withSources(SourcesInfo value) {
        return new ApiExtras(instances, registry, binders, value);
    }

    public ApiExtras withBinder(MeterBinder binder) {
        List<MeterBinder> all = new ArrayList<>(binders);
        all.add(binder);
        return new ApiExtras(instances, registry, all, sources);
    }
}
