package io.geowire.api.internal;

import io.geowire.streams.query.EventQuery;
import io.javalin.Javalin;
import io.javalin.http.Context;

/** GET /api/events: corroborated events, newest first, optionally filtered. */
public final class EventResource implements ApiResource {

    private final AnswerSource queries;

    public EventResource(AnswerSource queries) {
        this.queries = queries;
    }

    @Override
    public void register(Javalin app) {
        app.get(QueryRoute.EVENTS.publicPath().orElseThrow(), this::events);
    }

    private void events(Context ctx) {
        EventQuery query = QueryRoute.EVENTS.read(ctx);
        // the limit is part of the contract, so hold to it even if a query implementation overshoots
        Staleness.respond(ctx, queries.answer(q -> q.events(query))
                .map(events -> events.stream().limit(query.limit()).toList()));
    }
}
