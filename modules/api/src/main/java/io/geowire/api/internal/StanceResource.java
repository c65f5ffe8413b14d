package io.geowire.api.internal;

import io.geowire.streams.query.GeowireQueries;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;

/** GET /api/stance (one actor-target pair) and GET /api/stance/pairs. */
public final class StanceResource implements ApiResource {

    private final GeowireQueries queries;

    public StanceResource(GeowireQueries queries) {
        this.queries = queries;
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/stance", this::stance);
        app.get("/api/stance/pairs", ctx -> ctx.json(queries.stancePairs()));
    }

    private void stance(Context ctx) {
        String actor = Params.actor("actor", ctx.queryParam("actor"));
        String target = Params.actor("target", ctx.queryParam("target"));
        LocalDate from = Params.optionalDate("from", ctx.queryParam("from"));
        LocalDate to = Params.optionalDate("to", ctx.queryParam("to"));
        Params.requireOrdered("from", from, "to", to);
        ctx.json(queries.stance(actor, target, from, to)
                .orElseThrow(() -> new NotFoundException("no stance events for " + actor + " towards " + target)));
    }
}
