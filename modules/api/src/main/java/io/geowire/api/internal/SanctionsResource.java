package io.geowire.api.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;

/** GET /api/sanctions/{actor}: one actor's sanctions ledger. */
public final class SanctionsResource implements ApiResource {

    private final AnswerSource queries;

    public SanctionsResource(AnswerSource queries) {
        this.queries = queries;
    }

    @Override
    public void register(Javalin app) {
        app.get(QueryRoute.SANCTIONS.publicPath().orElseThrow(), this::sanctions);
    }

    private void sanctions(Context ctx) {
        String actor = QueryRoute.SANCTIONS.read(ctx);
        Staleness.respondFound(ctx, queries.answer(q -> q.sanctions(actor)),
                () -> "no sanctions statements known for " + actor);
    }
}
