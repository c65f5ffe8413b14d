package io.geowire.api;

import io.geowire.api.internal.ApiMetrics;
import io.geowire.api.internal.AnswerSource;
import io.geowire.api.internal.ApiResource;
import io.geowire.api.internal.ArticleResource;
import io.geowire.api.internal.BearerAuth;
import io.geowire.api.internal.CorsPolicy;
import io.geowire.api.internal.DashboardResource;
import io.geowire.api.internal.ErrorHandling;
import io.geowire.api.internal.EventResource;
import io.geowire.api.internal.HealthResource;
import io.geowire.api.internal.HttpsConnector;
import io.geowire.api.internal.InstancesResource;
import io.geowire.api.internal.SourcesResource;
import io.geowire.api.internal.JettyJsonErrors;
import io.geowire.api.internal.JsonMapping;
import io.geowire.api.internal.OpenApiResource;
import io.geowire.api.internal.ReadinessGate;
import io.geowire.api.internal.RouteResource;
import io.geowire.api.internal.SanctionsResource;
import io.geowire.api.internal.StanceResource;
import io.geowire.api.internal.StreamResource;
import io.geowire.api.internal.SummaryResource;
import io.geowire.streams.query.ChangeFeed;
import io.geowire.streams.query.GeowireQueries;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The read-only REST API over {@link GeowireQueries}. Only GET endpoints exist: nothing here changes state.
 * Start with {@link #start}, stop with {@link #close()}.
 */
public final class ApiServer implements AutoCloseable {

    private final Javalin app;
    private final ApiOptions options;
    private final ApiMetrics metrics;
    private final List<String> getRoutes;
    private final ChangeFeed feed;

    private ApiServer(Javalin app, ApiOptions options, ApiMetrics metrics, List<String> getRoutes, ChangeFeed feed) {
        this.app = app;
        this.options = options;
        this.metrics = metrics;
        this.getRoutes = getRoutes;
        this.feed = feed;
    }

    /**
     * Starts listening before returning; throws if the address or port cannot be bound, and
     * {@link UnprotectedApiException} if a non-loopback address is given without a token.
     */
    public static ApiServer start(ApiOptions options, GeowireQueries queries, HealthInfo health) {
        return start(options, queries, health, ApiExtras.none());
    }

    /**
     * As {@link #start(ApiOptions, GeowireQueries, HealthInfo)}, with the instances listing, a shared metrics
     * registry and further metric binders from {@code extras}.
     */
    public static ApiServer start(ApiOptions options, GeowireQueries queries, HealthInfo health, ApiExtras extras) {
        Objects.requireNonNull(queries, "queries");
        return start(options, AnswerSource.fresh(queries), health, extras, List.of());
    }

    /**
     * As {@link #start(ApiOptions, GeowireQueries, HealthInfo, ApiExtras)}, answered by {@code queries} (which
     * may say an answer is stale), with {@code additional} resources registered before the public ones (e.g.
     * the instance-to-instance routes and the stale header of {@link ClusterApiServer}).
     */
    static ApiServer start(ApiOptions options, AnswerSource queries, HealthInfo health, ApiExtras extras,
            List<ApiResource> additional) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(extras, "extras");
        options.requireProtected();
        ApiMetrics metrics = new ApiMetrics(extras.registry(), extras.binders());
        List<String> getRoutes = new CopyOnWriteArrayList<>();
        // the live stream reads the same answers as the endpoints: all instances' state, through streams.query
        ChangeFeed feed = new ChangeFeed(() -> queries.answer(GeowireQueries::summary).value(),
                query -> queries.answer(q -> q.events(query)).value(), ChangeFeed.DEFAULT_INTERVAL);
        try {
            // the listing needs the bound port (port 0 = any), so a default is resolved after start
            PortAware instances = new PortAware(extras.instances(), options.bindAddress());
            // the token check first: before handlers run in registration order
            List<ApiResource> resources = new ArrayList<>(protection(options));
            resources.addAll(additional);
            resources.addAll(resources(queries, health, instances, metrics, extras.sources()));
            resources.add(new StreamResource(feed));
            Javalin app = create(resources, getRoutes);
            app.start(options.bindAddress(), options.port());
            instances.bound(app.port());
            return new ApiServer(app, options, metrics, List.copyOf(getRoutes), feed);
        } catch (RuntimeException e) {
            feed.close();
            metrics.close();
            throw e;
        }
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return app.port();
    }

    public String bindAddress() {
        return options.bindAddress();
    }

    /** {@code https} with a keystore, else {@code http}. */
    public String scheme() {
        return options.security().scheme();
    }

    /** The registry {@code /metrics} scrapes (the caller's, if it gave one), e.g. to add application meters. */
    public PrometheusMeterRegistry meterRegistry() {
        return metrics.registry();
    }

    /** Every GET route template registered, e.g. {@code /api/routes/{id}}, in registration order. */
    List<String> getRoutes() {
        return getRoutes;
    }

    @Override
    public void close() {
        try {
            feed.close();
            app.stop();
        } finally {
            metrics.close();
        }
    }

    private static List<ApiResource> protection(ApiOptions options) {
        ApiSecurity security = options.security();
        List<ApiResource> protection = new ArrayList<>();
        if (security.requiresToken()) {
            protection.add(new BearerAuth(security.bearerToken()));
        }
        if (security.https()) {
            protection.add(new HttpsConnector(security.keystore(), security.keystorePassword(),
                    options.bindAddress(), options.port()));
        }
        if (!security.corsOrigins().isEmpty()) {
            protection.add(new CorsPolicy(security.corsOrigins()));
        }
        return protection;
    }

    private static List<ApiResource> resources(AnswerSource queries, HealthInfo health, InstancesInfo instances,
            ApiMetrics metrics, SourcesInfo sources) {
        return List.of(
                new HealthResource(health),
                new ReadinessGate(health),
                new StanceResource(queries),
                new RouteResource(queries),
                new SanctionsResource(queries),
                new EventResource(queries),
                new SummaryResource(queries),
                new ArticleResource(queries),
                new InstancesResource(instances),
                new SourcesResource(sources),
                new OpenApiResource(),
                metrics,
                new DashboardResource());
    }

    private static Javalin create(List<ApiResource> resources, List<String> getRoutes) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.events.handlerAdded(handler -> {
                if (handler.getHttpMethod() == HandlerType.GET) {
                    getRoutes.add(handler.getPath());
                }
            });
            config.jsonMapper(new JavalinJackson(JsonMapping.mapper(), false));
            // a POST to a GET-only path should say "wrong method", not "no such thing"
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyJsonErrors()));
            resources.forEach(resource -> resource.configure(config));
        });
        ErrorHandling.register(app);
        resources.forEach(resource -> resource.register(app));
        return app;
    }

    /** The caller's listing, or this single instance once its port is known. */
    private static final class PortAware implements InstancesInfo {

        private final InstancesInfo given;
        private final String host;
        private volatile int port;

        PortAware(InstancesInfo given, String bindAddress) {
            this.given = given;
            this.host = advertised(bindAddress);
        }

        // a wildcard bind address reaches nobody when given to a client; the host name might
        private static String advertised(String bindAddress) {
            if (!bindAddress.equals("0.0.0.0") && !bindAddress.equals("::") && !bindAddress.equals("[::]")) {
                return bindAddress;
            }
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return bindAddress;
            }
        }

        void bound(int value) {
            port = value;
        }

        @Override
        public List<InstanceInfo> instances() {
            if (given != null) {
                return given.instances();
            }
            return InstancesInfo.single(host, port).instances();
        }
    }
}
