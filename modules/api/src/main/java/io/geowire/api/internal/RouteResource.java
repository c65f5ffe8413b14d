package io.geowire.api.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;

/** GET /api/routes and GET /api/routes/{id}. */
public final class RouteResource implements ApiResource {

    private final AnswerSource queries;

    public RouteResource(AnswerSource queries) {
        this.queries = queries;
    }

    @Override
    public void register(Javalin app) {
        app.get(QueryRoute.ROUTES.publicPath().orElseThrow(),
                ctx -> Staleness.respond(ctx, queries.answer(q -> q.routes())));
        app.get(QueryRoute.ROUTE.publicPath().orElseThrow(), this::route);
    }

    private void route(Context ctx) {
        String id = QueryRoute.ROUTE.read(ctx);
        Staleness.respondFound(ctx, queries.answer(q -> q.route(id)), () -> "no incidents known for route " + id);
    }
}
