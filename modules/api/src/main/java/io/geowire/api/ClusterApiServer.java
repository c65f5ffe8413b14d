package io.geowire.api;

import io.geowire.api.internal.ApiMetrics;
import io.geowire.api.internal.ApiResource;
import io.geowire.api.internal.ArticleResource;
import io.geowire.api.internal.DashboardResource;
import io.geowire.api.internal.ErrorHandling;
import io.geowire.api.internal.EventResource;
import io.geowire.api.internal.HealthResource;
import io.geowire.api.internal.InstancesResource;
import io.geowire.api.internal.JettyJsonErrors;
import io.geowire.api.internal.JsonMapping;
import io.geowire.api.internal.LocalQueryResource;
import io.geowire.api.internal.OpenApiResource;
import io.geowire.api.internal.PeerClient;
import io.geowire.api.internal.RouteResource;
import io.geowire.api.internal.SanctionsResource;
import io.geowire.api.internal.StanceResource;
import io.geowire.api.internal.Staleness;
import io.geowire.api.internal.SummaryResource;
import io.geowire.streams.query.LocalView;
import io.geowire.streams.query.StoreSources;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The REST API of one instance of a (possibly multi-instance) Streams application: the public endpoints of
 * {@link ApiServer} answered by {@link RoutingQueries} (any instance answers for all keys), the local-only
 * {@code /internal/local/...} endpoints the instances ask each other, and the {@code X-Geowire-Stale}
 * response header. {@code self} must be the {@code application.server} this instance published.
 */
public final class ClusterApiServer implements AutoCloseable {

    /** How long one instance waits for another before asking a standby instead. */
    public static final Duration PEER_TIMEOUT = Duration.ofSeconds(2);
    /** How long a local store query retries while a store is migrating or restoring. */
    public static final Duration LOCAL_RETRY = Duration.ofSeconds(1);

    private final Javalin app;
    private final ApiOptions options;
    private final ApiMetrics metrics;
    private final RoutingQueries queries;

    private ClusterApiServer(Javalin app, ApiOptions options, ApiMetrics metrics, RoutingQueries queries) {
        this.app = app;
        this.options = options;
        this.metrics = metrics;
        this.queries = queries;
    }

    /** Starts listening before returning; the streams may start before or after. */
    public static ClusterApiServer start(ApiOptions options, HealthInfo health, ApiExtras extras,
            KafkaStreams streams, Topology topology, HostInfo self) {
        Objects.requireNonNull(streams, "streams");
        StoreSources sources = StoreSources.of(topology);
        LocalView local = LocalView.of(streams, sources, LOCAL_RETRY);
        RoutingQueries queries = new RoutingQueries(streams, self, sources, local, new PeerClient(PEER_TIMEOUT));
        InstancesInfo instances = extras.instances() != null ? extras.instances()
                : new KafkaStreamsInstances(streams, self);
        ApiMetrics metrics = new ApiMetrics(extras.registry(), extras.binders());
        try {
            List<ApiResource> resources = List.of(
                    new Staleness(),
                    new HealthResource(health),
                    new StanceResource(queries),
                    new RouteResource(queries),
                    new SanctionsResource(queries),
                    new EventResource(queries),
                    new SummaryResource(queries),
                    new ArticleResource(queries),
                    new InstancesResource(instances),
                    new LocalQueryResource(local),
                    new OpenApiResource(),
                    metrics,
                    new DashboardResource());
            Javalin app = create(resources);
            app.start(options.bindAddress(), options.port());
            return new ClusterApiServer(app, options, metrics, queries);
        } catch (RuntimeException e) {
            metrics.close();
            throw e;
        }
    }

    public int port() {
        return app.port();
    }

    public String bindAddress() {
        return options.bindAddress();
    }

    /** The queries behind the public endpoints (all keys, any instance). */
    public RoutingQueries queries() {
        return queries;
    }

    public PrometheusMeterRegistry meterRegistry() {
        return metrics.registry();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            metrics.close();
        }
    }

    // the same server set-up as ApiServer, with the extra resources
    private static Javalin create(List<ApiResource> resources) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(JsonMapping.mapper(), false));
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyJsonErrors()));
            resources.forEach(resource -> resource.configure(config));
        });
        ErrorHandling.register(app);
        resources.forEach(resource -> resource.register(app));
        return app;
    }
}
