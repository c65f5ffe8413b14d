package io.geowire.api.internal;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;

/** One REST resource: adds its (GET-only) routes to the app. */
public interface ApiResource {

    /** For what must be set before the server exists, e.g. static files from the classpath; most need nothing. */
    default void configure(JavalinConfig config) {
    }

    void register(Javalin app);
}
