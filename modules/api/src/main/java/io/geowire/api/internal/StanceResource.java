package io.geowire.api.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;

/** GET /api/stance (one actor-target pair) and GET /api/stance/pairs. */
public final class StanceResource implements ApiResource {

    private final AnswerSource queries;

    public StanceResource(AnswerSource queries) {
        this.queries = queries;
    }

    @Override
    public void register(Javalin app) {
        app.get(QueryRoute.STANCE.publicPath().orElseThrow(), this::stance);
        app.get(QueryRoute.STANCE_PAIRS.publicPath().orElseThrow(),
                ctx -> Staleness.respond(ctx, queries.answer(q -> q.stancePairs())));
    }

    private void stance(Context ctx) {
        QueryRoute.StanceParameters p = QueryRoute.STANCE.read(ctx);
        Staleness.respondFound(ctx, queries.answer(q -> q.stance(p.actor(), p.target(), p.from(), p.to())),
                () -> "no stance events for " + p.actor() + " towards " + p.target());
    }
}
