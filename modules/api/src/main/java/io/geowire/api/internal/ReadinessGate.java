package io.geowire.api.internal;

import io.geowire.api.HealthInfo;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * Answers 503 with {@code Retry-After} on every {@code /api/} path while the state cannot be queried: before the
 * Streams application first reaches RUNNING, whenever it is down, and whenever a store is not (yet) open on this
 * instance. A client polling a starting instance then sees "come back later", never a 500.
 * <p>
 * Once the application has been UP, a later rebalance does not close the gate: queries during a rebalance are
 * routed to the owner or a standby by the query layer, which answers 503 itself when no copy can answer.
 */
public final class ReadinessGate implements ApiResource {

    /** Seconds a client should wait before asking again. */
    static final int RETRY_AFTER_SECONDS = 1;

    /** Paths that read no state store and so answer while the state is being built. */
    private static final Set<String> STATELESS = Set.of(OpenApiResource.PATH, InstancesResource.PATH,
            SourcesResource.PATH);

    private final HealthInfo health;
    private final AtomicBoolean beenUp = new AtomicBoolean();

    public ReadinessGate(HealthInfo health) {
        this.health = health;
    }

    @Override
    public void register(Javalin app) {
        app.before("/api/*", this::refuseUntilQueryable);
        app.exception(QueryUnavailableException.class, (e, ctx) -> unavailable(ctx, e.getMessage()));
        // a store can still close between the gate and the query (a rebalance starting, a thread restarting)
        app.exception(InvalidStateStoreException.class, (e, ctx) ->
                unavailable(ctx, "the state is not queryable on this instance right now; try again"));
    }

    private void refuseUntilQueryable(Context ctx) {
        if (STATELESS.contains(ctx.path())) {
            return;
        }
        String status = health.status();
        if (HealthInfo.UP.equals(status)) {
            beenUp.set(true);
            return;
        }
        if (!beenUp.get() || HealthInfo.DOWN.equals(status)) {
            throw new QueryUnavailableException("the state is not queryable yet (status " + status + "); try again");
        }
    }

    static void unavailable(Context ctx, String message) {
        ctx.header(Header.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(ApiError.of(message));
    }
}
