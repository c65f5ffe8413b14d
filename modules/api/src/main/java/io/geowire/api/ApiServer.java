package io.geowire.api;

import io.geowire.api.internal.ApiResource;
import io.geowire.api.internal.ErrorHandling;
import io.geowire.api.internal.EventResource;
import io.geowire.api.internal.HealthResource;
import io.geowire.api.internal.JettyJsonErrors;
import io.geowire.api.internal.JsonMapping;
import io.geowire.api.internal.RouteResource;
import io.geowire.api.internal.SanctionsResource;
import io.geowire.api.internal.StanceResource;
import io.geowire.api.internal.SummaryResource;
import io.geowire.streams.query.GeowireQueries;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Objects;

/**
 * The read-only REST API over {@link GeowireQueries}. Only GET endpoints exist: nothing here changes state.
 * Start with {@link #start}, stop with {@link #close()}.
 */
public final class ApiServer implements AutoCloseable {

    private final Javalin app;
    private final ApiOptions options;

    private ApiServer(Javalin app, ApiOptions options) {
        this.app = app;
        this.options = options;
    }

    /** Starts listening before returning; throws if the address or port cannot be bound. */
    public static ApiServer start(ApiOptions options, GeowireQueries queries, HealthInfo health) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(health, "health");
        Javalin app = create(resources(queries, health));
        app.start(options.bindAddress(), options.port());
        return new ApiServer(app, options);
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return app.port();
    }

    public String bindAddress() {
        return options.bindAddress();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static List<ApiResource> resources(GeowireQueries queries, HealthInfo health) {
        return List.of(
                new HealthResource(health),
                new StanceResource(queries),
                new RouteResource(queries),
                new SanctionsResource(queries),
                new EventResource(queries),
                new SummaryResource(queries));
    }

    private static Javalin create(List<ApiResource> resources) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
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
}
