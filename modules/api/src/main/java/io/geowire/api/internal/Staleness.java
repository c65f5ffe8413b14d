package io.geowire.api.internal;

import io.javalin.Javalin;

/**
 * Whether the answer being built may be stale (read from a standby copy because the active instance did
 * not answer). Queries run on the request's thread, so a thread-local carries the flag from the query layer
 * to the response header {@value #HEADER}, which every {@code /api/} response has ({@code true}/{@code false}).
 */
public final class Staleness implements ApiResource {

    public static final String HEADER = "X-Geowire-Stale";

    private static final ThreadLocal<Boolean> STALE = ThreadLocal.withInitial(() -> false);

    /** Called by the query layer when part of the answer came from a standby. */
    public static void mark() {
        STALE.set(true);
    }

    public static boolean isMarked() {
        return STALE.get();
    }

    public static void clear() {
        STALE.remove();
    }

    @Override
    public void register(Javalin app) {
        app.before(ctx -> clear());
        app.after("/api/*", ctx -> ctx.header(HEADER, Boolean.toString(isMarked())));
        app.after(ctx -> clear());
    }
}
