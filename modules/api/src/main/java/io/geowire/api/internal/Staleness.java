package io.geowire.api.internal;

import io.geowire.streams.query.Answer;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Writes an {@link Answer} into a response: its value as JSON, its staleness into the header {@value #HEADER}.
 * The resources write every answer through here; the header itself is only sent when this resource is
 * registered (several instances, {@code ClusterApiServer}), and then on every {@code /api/} response
 * ({@code true}/{@code false}; {@code false} for responses that carry no answer: errors, listings).
 */
public final class Staleness implements ApiResource {

    public static final String HEADER = "X-Geowire-Stale";

    // a request attribute, not a thread-local: it lives and dies with the request it describes
    private static final String ATTRIBUTE = "geowire.stale";

    /** 200 with the answer's value. */
    public static void respond(Context ctx, Answer<?> answer) {
        note(ctx, answer);
        ctx.json(answer.value());
    }

    /** 200 with the value, or 404 with {@code notFound} when there is none (still marked with its staleness). */
    public static <T> void respondFound(Context ctx, Answer<Optional<T>> answer, Supplier<String> notFound) {
        note(ctx, answer);
        ctx.json(answer.value().orElseThrow(() -> new NotFoundException(notFound.get())));
    }

    private static void note(Context ctx, Answer<?> answer) {
        ctx.attribute(ATTRIBUTE, answer.stale());
    }

    @Override
    public void register(Javalin app) {
        app.after("/api/*", ctx -> ctx.header(HEADER, Boolean.toString(Boolean.TRUE.equals(ctx.attribute(ATTRIBUTE)))));
    }
}
