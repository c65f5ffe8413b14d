package io.geowire.api.internal;

import io.geowire.streams.query.GeowireQueries;
import io.javalin.Javalin;
import io.javalin.http.Context;

/** GET /api/routes and GET /api/routes/{id}. */
public final class RouteResource implements ApiResource {

    private final GeowireQueries queries;

    public RouteResource(GeowireQueries queries) {
        this.queries = queries;
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/routes", ctx -> ctx.json(queries.routes()));
        app.get("/api/routes/{id}", this::route);
    }

    private void route(Context ctx) {
        String id = Params.route("id", ctx.pathParam("id"));
        ctx.json(queries.route(id).orElseThrow(() -> new NotFoundException("no incidents known for route " + id)));
    }
}
