package io.geowire.api.internal;

import io.geowire.streams.query.LocalView;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/**
 * The local-only answers other instances of the application gather and merge: one GET route per entry of the
 * route table {@link QueryRoute} (read-only like the rest of the API). Each answers from this instance's stores
 * alone: its active partitions, or with {@code tp=topic@partition,...} exactly those partitions, standby copies
 * allowed (failover). A key this instance does not hold is a 404 marked {@code X-Geowire-Local: miss}.
 */
public final class LocalQueryResource implements ApiResource {

    private final LocalView view;

    public LocalQueryResource(LocalView view) {
        this.view = view;
    }

    @Override
    public void register(Javalin app) {
        QueryRoute.ALL.forEach(route -> app.get(route.localPath(), ctx -> answer(ctx, route)));
    }

    private <P, L> void answer(Context ctx, QueryRoute<P, L> route) {
        P parameters = route.read(ctx);
        L answer = route.answerLocally(view, QueryRoute.scope(ctx), parameters);
        if (!route.isKeyed()) {
            ctx.json(answer);
        } else if (answer instanceof Optional<?> found && found.isPresent()) {
            ctx.json(found.get());
        } else {
            ctx.header(QueryRoute.LOCAL_HEADER, QueryRoute.MISS).status(HttpStatus.NOT_FOUND)
                    .json(ApiError.of(route.missMessage(parameters)));
        }
    }
}
