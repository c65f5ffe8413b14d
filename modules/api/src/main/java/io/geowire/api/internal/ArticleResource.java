package io.geowire.api.internal;

import io.geowire.streams.query.GeowireQueries;
import io.javalin.Javalin;
import io.javalin.http.Context;

/** GET /api/articles/{id}: an article's cleaned text and the events found in it (evidence drill-down). */
public final class ArticleResource implements ApiResource {

    private final GeowireQueries queries;

    public ArticleResource(GeowireQueries queries) {
        this.queries = queries;
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/articles/{id}", this::article);
    }

    private void article(Context ctx) {
        String id = Params.article("id", ctx.pathParam("id"));
        ctx.json(queries.article(id).orElseThrow(() -> new NotFoundException("no article known as " + id)));
    }
}
