package io.geowire.streams.query;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * GET /api/articles/{id}: an article's metadata and cleaned text with the events found in it, so a reader
 * can see each event's evidence highlighted in place ({@code evidence_start}/{@code evidence_end} are offsets
 * into {@code text}).
 */
public record ArticleView(String id, String article, String title, String author, String published,
        boolean publishedEstimated, String source, String url, String language, String text,
        List<ArticleEvent> events) {

    /** The same article with other events (e.g. those gathered from every instance). */
    public ArticleView withEvents(List<ArticleEvent> others) {
        return new ArticleView(id, article, title, author, published, publishedEstimated, source, url, language,
                text, others);
    }

    /** One event of the article with its evidence span in the cleaned text. */
    public record ArticleEvent(String id, String type, String evidence, int evidenceStart, int evidenceEnd,
            String summary) {

        /** The order of an article's events: by evidence offset, then by id. */
        public static final Comparator<ArticleEvent> ORDER = Comparator.comparingInt(ArticleEvent::evidenceStart)
                .thenComparing(ArticleEvent::id);

        /** All the article's events from each instance's part (events are partitioned by event id). */
        public static List<ArticleEvent> merge(Collection<? extends Collection<ArticleEvent>> parts) {
            return Merging.concatSorted(parts, ORDER);
        }
    }
}
