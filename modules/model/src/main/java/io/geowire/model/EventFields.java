package io.geowire.model;

import io.geowire.model.avro.Event;
import io.geowire.model.avro.RouteDisruptionEvent;
import io.geowire.model.avro.SanctionStatementEvent;
import io.geowire.model.avro.StanceEvent;

/**
 * The fields every event type carries, read from an {@link Event} envelope whatever its payload. Avro's
 * generated classes share no interface, so this is the one place that knows the three payload types.
 */
public record EventFields(
        String id,
        String type,
        String articleId,
        String article,
        String source,
        String published,
        String date,
        boolean hedged,
        String evidence,
        double confidence,
        String extractorVersion) {

    public static final String STANCE = "stance";
    public static final String ROUTE_DISRUPTION = "route_disruption";
    public static final String SANCTION_STATEMENT = "sanction_statement";

    public static EventFields of(Event event) {
        Object payload = event.getPayload();
        if (payload instanceof StanceEvent e) {
            return new EventFields(e.getId(), STANCE, e.getArticleId(), e.getArticle(), e.getSource(),
                    e.getPublished(), e.getDate(), e.getHedged(), e.getEvidence(), e.getConfidence(),
                    e.getExtractorVersion());
        }
        if (payload instanceof RouteDisruptionEvent e) {
            return new EventFields(e.getId(), ROUTE_DISRUPTION, e.getArticleId(), e.getArticle(), e.getSource(),
                    e.getPublished(), e.getDate(), e.getHedged(), e.getEvidence(), e.getConfidence(),
                    e.getExtractorVersion());
        }
        if (payload instanceof SanctionStatementEvent e) {
            return new EventFields(e.getId(), SANCTION_STATEMENT, e.getArticleId(), e.getArticle(), e.getSource(),
                    e.getPublished(), e.getDate(), e.getHedged(), e.getEvidence(), e.getConfidence(),
                    e.getExtractorVersion());
        }
        throw new IllegalArgumentException("event " + event.getId() + " has no known payload: " + payload);
    }

    /** The date the event happened, else the article's publication date, else null ("YYYY-MM" or "YYYY-MM-DD"). */
    public String eventTimeDate() {
        return date != null ? date : published;
    }
}
