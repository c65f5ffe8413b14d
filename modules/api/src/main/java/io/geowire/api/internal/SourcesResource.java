package io.geowire.api.internal;

import io.geowire.api.SourcesInfo;
import io.javalin.Javalin;

/** GET /api/sources: the live sources this instance runs and their counts; reads no state store. */
public final class SourcesResource implements ApiResource {

    public static final String PATH = "/api/sources";

    private final SourcesInfo sources;

    public SourcesResource(SourcesInfo sources) {
        this.sources = sources;
    }

    @Override
    public void register(Javalin app) {
        app.get(PATH, ctx -> ctx.json(sources.sources()));
    }
}
