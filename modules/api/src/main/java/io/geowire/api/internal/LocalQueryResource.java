package io.geowire.api.internal;

import io.geowire.streams.query.EventQuery;
import io.geowire.streams.query.GeowireQueries;
import io.geowire.streams.query.LocalView;
import io.geowire.streams.query.QueryScope;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The local-only answers other instances of the application gather and merge (GET only, read-only like the
 * rest of the API). Each answers from this instance's stores alone: its active partitions, or with
 * {@code tp=topic@partition,...} exactly those partitions, standby copies allowed (failover).
 */
public final class LocalQueryResource implements ApiResource {

    public static final String PREFIX = "/internal/local";
    /**
     * The scope parameter ({@code topic@partition,...}). These routes are between instances, not part of the
     * public API, so neither they nor this parameter are in openapi.json (whose test scans for literal names).
     */
    public static final String SCOPE_PARAMETER = "tp";
    /**
     * Set on a 404 that means "this instance has no such key": a peer's {@link PeerClient} treats only such
     * 404s as empty, so a 404 from a process without these routes (older build, wrong port) is a failure.
     */
    public static final String LOCAL_HEADER = "X-Geowire-Local";
    public static final String MISS = "miss";

    private final LocalView view;

    public LocalQueryResource(LocalView view) {
        this.view = view;
    }

    @Override
    public void register(Javalin app) {
        app.get(PREFIX + "/stance", this::stance);
        app.get(PREFIX + "/stance/pairs", ctx -> ctx.json(queries(ctx).stancePairs()));
        app.get(PREFIX + "/routes", ctx -> ctx.json(queries(ctx).routes()));
        app.get(PREFIX + "/routes/{id}", ctx -> {
            String id = Params.route("id", ctx.pathParam("id"));
            answer(ctx, queries(ctx).route(id), "no route " + id + " here");
        });
        app.get(PREFIX + "/sanctions/{actor}", ctx -> {
            String actor = Params.actor("actor", ctx.pathParam("actor"));
            answer(ctx, queries(ctx).sanctions(actor), "no ledger of " + actor + " here");
        });
        app.get(PREFIX + "/events", this::events);
        app.get(PREFIX + "/summary", ctx -> ctx.json(queries(ctx).summary()));
        app.get(PREFIX + "/articles/{id}", ctx -> {
            String id = Params.article("id", ctx.pathParam("id"));
            answer(ctx, queries(ctx).article(id), "no article " + id + " here");
        });
        app.get(PREFIX + "/articles/{id}/events", ctx ->
                ctx.json(view.articleEvents(scope(ctx), Params.article("id", ctx.pathParam("id")))));
    }

    private void stance(Context ctx) {
        String actor = Params.actor("actor", ctx.queryParam("actor"));
        String target = Params.actor("target", ctx.queryParam("target"));
        LocalDate from = Params.optionalDate("from", ctx.queryParam("from"));
        LocalDate to = Params.optionalDate("to", ctx.queryParam("to"));
        answer(ctx, queries(ctx).stance(actor, target, from, to),
                "no stance of " + actor + " towards " + target + " here");
    }

    private static void answer(Context ctx, Optional<?> found, String missMessage) {
        if (found.isPresent()) {
            ctx.json(found.get());
        } else {
            ctx.header(LOCAL_HEADER, MISS).status(HttpStatus.NOT_FOUND).json(ApiError.of(missMessage));
        }
    }

    private void events(Context ctx) {
        EventQuery query = new EventQuery(Params.optionalEventType("type", ctx.queryParam("type")),
                Params.optionalActor("actor", ctx.queryParam("actor")),
                Params.optionalDate("since", ctx.queryParam("since")),
                Params.limit("limit", ctx.queryParam("limit")));
        ctx.json(view.datedEvents(scope(ctx), query));
    }

    private GeowireQueries queries(Context ctx) {
        return view.queries(scope(ctx));
    }

    private static QueryScope scope(Context ctx) {
        try {
            return QueryScope.decode(ctx.queryParam(SCOPE_PARAMETER));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(SCOPE_PARAMETER, e.getMessage());
        }
    }
}
