package io.geowire.api.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;

/** GET /api/articles/{id}: an article's cleaned text and the events found in it (evidence drill-down). */
public final class ArticleResource implements ApiResource {

    private final AnswerSource queries;

    public ArticleResource(AnswerSource queries) {
        this.queries = queries;
    }

    @Override
    public void register(Javalin app) {
        app.get(QueryRoute.ARTICLE.publicPath().orElseThrow(), this::article);
    }

    private void article(Context ctx) {
        String id = QueryRoute.ARTICLE.read(ctx);
        Staleness.respondFound(ctx, queries.answer(q -> q.article(id)), () -> "no article known as " + id);
    }
}
