package io.geowire.api.internal;

import io.geowire.api.HealthInfo;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** GET /health: 200 when UP, 503 otherwise, so load balancers and scripts can poll it without parsing. */
public final class HealthResource implements ApiResource {

    private final HealthInfo health;

    public HealthResource(HealthInfo health) {
        this.health = health;
    }

    @Override
    public void register(Javalin app) {
        app.get("/health", this::health);
    }

    private void health(Context ctx) {
        String status = health.status();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("bootstrap", health.bootstrap());
        health.details().forEach(body::putIfAbsent);
        ctx.status(HealthInfo.UP.equals(status) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
    }
}
