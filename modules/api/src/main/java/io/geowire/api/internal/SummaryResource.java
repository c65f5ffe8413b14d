package io.geowire.api.internal;

import io.geowire.streams.query.GeowireQueries;
import io.javalin.Javalin;

/** GET /api/summary: what went through the pipeline. */
public final class SummaryResource implements ApiResource {

    private final GeowireQueries queries;

    public SummaryResource(GeowireQueries queries) {
        this.queries = queries;
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/summary", ctx -> ctx.json(queries.summary()));
    }
}
