package io.geowire.api.internal;

import io.javalin.Javalin;

/** GET /api/summary: what went through the pipeline. */
public final class SummaryResource implements ApiResource {

    private final AnswerSource queries;

    public SummaryResource(AnswerSource queries) {
        this.queries = queries;
    }

    @Override
    public void register(Javalin app) {
        app.get(QueryRoute.SUMMARY.publicPath().orElseThrow(),
                ctx -> Staleness.respond(ctx, queries.answer(q -> q.summary())));
    }
}
