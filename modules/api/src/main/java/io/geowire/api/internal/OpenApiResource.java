package io.geowire.api.internal;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * GET /api/openapi.json: the hand-written OpenAPI 3 description of the API. A test holds it to the routes
 * actually registered and the parameters the handlers validate, so it cannot drift silently.
 */
public final class OpenApiResource implements ApiResource {

    static final String RESOURCE = "/geowire/openapi.json";

    private final byte[] document = load();

    public static final String PATH = "/api/openapi.json";

    @Override
    public void register(Javalin app) {
        app.get(PATH, ctx -> ctx.contentType("application/json").result(document));
    }

    private static byte[] load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
