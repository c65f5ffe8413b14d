package io.geowire.api.internal;

import io.geowire.streams.query.GeowireQueries;
import io.javalin.Javalin;
import io.javalin.http.Context;

/** GET /api/sanctions/{actor}: one actor's sanctions ledger. */
public final class SanctionsResource implements ApiResource {

    private final GeowireQueries queries;

    public SanctionsResource(GeowireQueries queries) {
        this.queries = queries;
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/sanctions/{actor}", this::sanctions);
    }

    private void sanctions(Context ctx) {
        String actor = Params.actor("actor", ctx.pathParam("actor"));
        ctx.json(queries.sanctions(actor)
                .orElseThrow(() -> new NotFoundException("no sanctions statements known for " + actor)));
    }
}
