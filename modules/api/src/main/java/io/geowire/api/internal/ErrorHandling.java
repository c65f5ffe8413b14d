package io.geowire.api.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into a JSON {@link ApiError}, so clients never have to parse HTML or stack traces. */
public final class ErrorHandling {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    private ErrorHandling() {
    }

    public static void register(Javalin app) {
        app.exception(BadParameterException.class, (e, ctx) ->
                respond(ctx, HttpStatus.BAD_REQUEST, new ApiError(e.getMessage(), e.parameter())));
        app.exception(NotFoundException.class, (e, ctx) ->
                respond(ctx, HttpStatus.NOT_FOUND, ApiError.of(e.getMessage())));
        app.exception(UnauthorizedException.class, (e, ctx) -> {
            ctx.header(Header.WWW_AUTHENTICATE, "Bearer realm=\"geowire\"");
            respond(ctx, HttpStatus.UNAUTHORIZED, ApiError.of(e.getMessage()));
        });
        // Javalin signals unknown paths (404) and wrong methods (405) with these
        app.exception(HttpResponseException.class, ErrorHandling::javalinResponse);
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, HttpStatus.INTERNAL_SERVER_ERROR, ApiError.of("internal error"));
        });
    }

    private static void javalinResponse(HttpResponseException e, Context ctx) {
        HttpStatus status = HttpStatus.forStatus(e.getStatus());
        if (status == HttpStatus.NOT_FOUND) {
            respond(ctx, status, ApiError.of("no such endpoint: " + ctx.method() + " " + ctx.path()));
        } else if (status == HttpStatus.METHOD_NOT_ALLOWED) {
            // every resource is read-only
            ctx.header(Header.ALLOW, "GET");
            respond(ctx, status, ApiError.of("method " + ctx.method() + " not allowed; the API is read-only"));
        } else {
            respond(ctx, status, ApiError.of(e.getMessage()));
        }
    }

    private static void respond(Context ctx, HttpStatus status, ApiError error) {
        ctx.status(status).json(error);
    }
}
