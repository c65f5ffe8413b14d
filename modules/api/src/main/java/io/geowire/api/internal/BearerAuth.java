package io.geowire.api.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;

/**
 * Lets a request through only with {@code Authorization: Bearer <token>}. Open without it: {@code /health}
 * (container health checks carry no secrets), the dashboard's static files (they hold no data; the dashboard
 * sends the token on its API calls) and CORS preflights (browsers send those without credentials). Everything
 * else, including endpoints added later, is closed by default.
 */
public final class BearerAuth implements ApiResource {

    static final String HEALTH = "/health";
    private static final String SCHEME = "bearer ";

    private final byte[] expectedDigest;

    public BearerAuth(String token) {
        this.expectedDigest = digest(Objects.requireNonNull(token, "token"));
    }

    @Override
    public void register(Javalin app) {
        app.before(this::check);
    }

    private void check(Context ctx) {
        if (open(ctx)) {
            return;
        }
        String header = ctx.header(Header.AUTHORIZATION);
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            throw new UnauthorizedException("this API needs a bearer token: send 'Authorization: Bearer <token>'");
        }
        // digests of equal length, compared by MessageDigest.isEqual: the time taken says nothing about the token
        if (!MessageDigest.isEqual(expectedDigest, digest(header.substring(SCHEME.length()).strip()))) {
            throw new UnauthorizedException("the bearer token is not valid");
        }
    }

    private static boolean open(Context ctx) {
        if (ctx.method() == HandlerType.OPTIONS) {
            return true;
        }
        String path = ctx.path();
        return path.equals(HEALTH) || DashboardResource.isAsset(path);
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
