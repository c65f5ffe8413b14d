package io.geowire.api.internal;

import io.javalin.Javalin;

/** One REST resource: adds its (GET-only) routes to the app. */
public interface ApiResource {

    void register(Javalin app);
}
