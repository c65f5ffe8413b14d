package io.geowire.api.internal;

import io.geowire.streams.query.EventQuery;
import io.geowire.streams.query.GeowireQueries;
import io.javalin.Javalin;
import io.javalin.http.Context;

/** GET /api/events: corroborated events, newest first, optionally filtered. */
public final class EventResource implements ApiResource {

    private final GeowireQueries queries;

    public EventResource(GeowireQueries queries) {
        this.queries = queries;
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/events", this::events);
    }

    private void events(Context ctx) {
        EventQuery query = new EventQuery(
                Params.optionalEventType("type", ctx.queryParam("type")),
                Params.optionalActor("actor", ctx.queryParam("actor")),
                Params.optionalDate("since", ctx.queryParam("since")),
                Params.limit("limit", ctx.queryParam("limit")));
        // the limit is part of the contract, so hold to it even if a query implementation overshoots
        ctx.json(queries.events(query).stream().limit(query.limit()).toList());
    }
}
