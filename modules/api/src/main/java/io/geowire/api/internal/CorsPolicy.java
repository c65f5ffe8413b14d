package io.geowire.api.internal;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.util.List;

/**
 * Lets the named origins' browser pages call the API from another site. Never registered without origins: a
 * browser then refuses other sites' reads, which is the safe default for an API that may hold a token.
 */
public final class CorsPolicy implements ApiResource {

    private final List<String> origins;

    public CorsPolicy(List<String> origins) {
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("a CORS policy needs at least one origin");
        }
        this.origins = List.copyOf(origins);
    }

    @Override
    public void configure(JavalinConfig config) {
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
            rule.allowHost(origins.get(0), origins.subList(1, origins.size()).toArray(String[]::new));
            // scripts on those pages may read whether an answer is stale
            rule.exposeHeader(Staleness.HEADER);
        }));
    }

    @Override
    public void register(Javalin app) {
        // nothing: the plugin adds its own handlers
    }
}
