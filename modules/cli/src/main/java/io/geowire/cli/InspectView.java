package io.geowire.cli;

import io.geowire.ingest.IngestedArticle;
import java.util.LinkedHashMap;
import java.util.Map;

/** The shape of {@code ./geowire inspect --json} output: one ordered map per article. */
final class InspectView {
    private InspectView() {
    }

    /**
     * Keys, in order: article, id, status (ok | dead_letter | duplicate), reason, title, author, published
     * (YYYY-MM-DD or null), published_estimated, source, url, language, duplicate_of, text.
     */
    public static Map<String, Object> toMap(IngestedArticle a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", a.article());
        m.put("id", a.id());
        m.put("status", a.status().wireName());
        m.put("reason", a.reason());
        m.put("title", a.title());
        m.put("author", a.author());
        m.put("published", a.published() == null ? null : a.published().toString());
        m.put("published_estimated", a.publishedEstimated());
        m.put("source", a.source());
        m.put("url", a.url());
        m.put("language", a.language());
        m.put("duplicate_of", a.duplicateOf());
        m.put("text", a.text());
        return m;
    }
}
