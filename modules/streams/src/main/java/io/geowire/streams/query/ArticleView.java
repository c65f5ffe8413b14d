package io.geowire.streams.query;

import java.util.List;

/**
 * GET /api/articles/{id}: an article's metadata and cleaned text with the events found in it, so a reader
 * can see each event's evidence highlighted in place ({@code evidence_start}/{@code evidence_end} are offsets
 * into {@code text}).
 */
public record ArticleView(String id, String article, String title, String author, String published,
        boolean publishedEstimated, String source, String url, String language, String text,
        List<ArticleEvent> events) {

    /** One event of the article with its evidence span in the cleaned text. */
    public record ArticleEvent(String id, String type, String evidence, int evidenceStart, int evidenceEnd,
            String summary) {
    }
}
